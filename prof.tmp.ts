import { bundleText, exportBundle } from '@core/records/bundle';
import { entryHash, isoAt, type RegisterEntry } from '@core/records/entry';
import { newWebCryptoKey } from '@core/records/keys';
import { append } from '@core/records/register';
import { findPersonalData } from '@core/records/personal-data';
import { ed25519Verifier } from '@core/records/ed25519-verify';
import { base64ToBytes } from '@core/records/base64';
import { hexToBytes } from '@noble/hashes/utils.js';
const { signer } = await newWebCryptoKey();
let reg: RegisterEntry[] = [];
for (let i = 1; i <= 5000; i++) reg = await append(reg, 'record', { kind: '问责', subject: `第${i}街道`, reason: '多次退单推诿，群众反映的问题久拖未决', evidence: { tickets: ['202600001234'] }, docNo: `督通〔2026〕${i}号`, drafter: 'a', approver: 'b' }, isoAt(1e12 + i * 1000), signer);
const text = bundleText(await exportBundle(reg, signer));
for (let k = 0; k < 2; k++) {
let t = performance.now(); const b = JSON.parse(text); console.log('parse', performance.now() - t);
t = performance.now(); for (const e of b.entries) entryHash(e); console.log('hash', performance.now() - t);
t = performance.now(); for (const e of b.entries) findPersonalData(e.body); console.log('pd', performance.now() - t);
t = performance.now(); const sigs = b.entries.map((e: RegisterEntry) => base64ToBytes(e.sig)); console.log('b64', performance.now() - t);
const v = await ed25519Verifier(signer.publicKey);
t = performance.now(); await Promise.all(b.entries.map((e: RegisterEntry, i: number) => v(sigs[i], hexToBytes(e.hash)))); console.log('sigs', performance.now() - t);
}
