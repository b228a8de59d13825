/**
 * Builds signed register bundles of DOMAIN.md section 11 for tests, independently of the app's
 * register code: RFC 8785 canonical JSON (the `canonicalize` package), SHA-256 (@noble/hashes)
 * and Ed25519 (@noble/curves), with a key derived from a fixed seed so a fixture is the same on
 * every run (Ed25519 signatures are deterministic).
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

export type DraftEntry = { type: 'record' | 'correction' | 'retraction'; at: string; body: Record<string, unknown> };
export type SignedEntry = DraftEntry & { seq: number; prev: string; hash: string; sig: string };
export type Bundle = {
  format: 'duban-register/1';
  publicKey: string;
  entries: SignedEntry[];
  checkpoint: { size: number; head: string; sig: string };
};

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** A key pair from a 32-byte seed given as a short text (padded), the same on every run. */
export function testKey(seedText = 'duban-test-key'): { secretKey: Uint8Array; publicKey: Uint8Array } {
  const seed = sha256(utf8ToBytes(seedText));
  return { secretKey: seed, publicKey: ed25519.getPublicKey(seed) };
}

/** SHA-256 hex of the canonical JSON of an entry without `hash` and `sig`. */
export function entryHash(e: Omit<SignedEntry, 'hash' | 'sig'>): string {
  const text = canonicalize({ seq: e.seq, at: e.at, type: e.type, body: e.body, prev: e.prev });
  if (text === undefined) throw new Error('entry cannot be canonicalized');
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The drafts signed into a bundle, seq from 1, each linked to the one before. */
export function signBundle(drafts: readonly DraftEntry[], key = testKey()): Bundle {
  const entries: SignedEntry[] = [];
  let prev = '0'.repeat(64);
  drafts.forEach((d, i) => {
    const unsigned = { seq: i + 1, at: d.at, type: d.type, body: d.body, prev };
    const hash = entryHash(unsigned);
    entries.push({ ...unsigned, hash, sig: b64(ed25519.sign(hexToBytes(hash), key.secretKey)) });
    prev = hash;
  });
  const size = entries.length;
  const checkpointText = `duban-register/1\n${size}\n${prev}`;
  return {
    format: 'duban-register/1',
    publicKey: b64(key.publicKey),
    entries,
    checkpoint: { size, head: prev, sig: b64(ed25519.sign(utf8ToBytes(checkpointText), key.secretKey)) },
  };
}

/** The key fingerprint of section 11, computed here independently of the app. */
export function fingerprintOf(publicKeyBase64: string): string {
  return bytesToHex(sha256(Buffer.from(publicKeyBase64, 'base64'))).slice(0, 16);
}

/** A record body with the section 11 fields as ops-records.ts recordBody writes them; `over` replaces any of them. */
export function recordBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: '表彰',
    measure: '通报表扬',
    subject: '东城区和平街道办事处',
    reason: '2026 年 10 月考核综合得分全市第一，按时办结率 99.2%。',
    basis: { type: 'assessment', ruleSetId: 'default-v1', version: 1, snapshotHash: 'ab'.repeat(32), snapshotTitle: '2026年10月考核', ranking: '街道', rank: 1, score: 98.5 },
    evidence: { tickets: ['GD20261001001'], cases: [], campaignTasks: [] },
    docNo: '热督〔2026〕12号',
    drafter: '王录入',
    approver: '赵签发',
    ...over,
  };
}

/**
 * The fixture of the notice tests: two 表彰 and two 问责 records, one 问责 corrected (its measure
 * and deadline), one 表彰 retracted, and citizen personal data planted in a 问责 reason by
 * mistake (a mobile, a landline, an 18-digit and a 15-digit ID number, 张先生, 市民李建国).
 * `digits: false` plants the names only: a bundle with phone or ID patterns fails `verify`
 * (entry-rules.ts), so the CLI, which verifies first, gets the names, which no pattern finds.
 */
export function noticeFixtureDrafts(opts: { digits?: boolean } = {}): DraftEntry[] {
  const digits = opts.digits ?? true;
  const at = (d: string) => `2026-11-${d}T10:00:00+08:00`;
  return [
    { type: 'record', at: at('02'), body: recordBody() },
    { type: 'record', at: at('02'), body: recordBody({ subject: '南湖区城市管理局', reason: '专项行动期间停车难问题办结率提升 30 个百分点。', measure: '授予先进集体' }) },
    {
      type: 'record', at: at('03'), body: recordBody({
        kind: '问责', measure: '通报批评', subject: '西城区住房和城乡建设局',
        reason: digits
          ? '市民李建国反映的漏水诉求被推诿 3 次，张先生来电13812345678、座机0571-88886666反映无人处理，身份证号110101199003071234、旧号110101900307123。'
          : '市民李建国反映的漏水诉求被推诿 3 次，张先生来电反映无人处理。',
        basis: { type: 'signal', signal: 'buck-passing', unit: '西城区住房和城乡建设局', counts: { pingPong: 2, overturnedRejects: 1 } },
        evidence: { tickets: ['GD20261003007', 'GD20261003011'], cases: ['YN-2026-031'], campaignTasks: [] },
        rectification: { requirement: '逐件回访并重新办理，建立首接负责制', deadline: '2026-11-10', workingDays: 5 },
      }),
    },
    {
      type: 'record', at: at('03'), body: recordBody({
        kind: '问责', measure: '约谈', subject: '北山街道办事处', reason: '诉求办理敷衍塞责，未见实地核查即办结。',
        basis: { type: 'signal', signal: 'perfunctory-closure', unit: '北山街道办事处', counts: { closedUnresolved: 1 } }, evidence: { tickets: ['GD20261003020'], cases: [], campaignTasks: [] },
        rectification: { requirement: '对退回工单逐件核查', deadline: '2026-11-17', workingDays: 10 },
      }),
    },
    { type: 'retraction', at: at('04'), body: { amends: 2, reason: '数据口径有误，撤销', by: '赵签发' } },
    {
      type: 'correction', at: at('05'), body: {
        amends: 3, reason: '措施和期限更正', by: '赵签发', changes: {
          measure: '责令整改',
          rectification: { requirement: '逐件回访并重新办理，建立首接负责制', deadline: '2026-11-17', workingDays: 10 },
        },
      },
    },
  ];
}
