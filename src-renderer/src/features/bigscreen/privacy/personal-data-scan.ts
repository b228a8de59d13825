import { maskFreeText } from '@core/data/masking';

/** What {@link findPersonalData} found: the kind of pattern and the text that matched. */
export type PersonalDataHit = { kind: 'phone-or-id' | 'masked-phone' | 'masked-id' | 'masked-name' | 'name'; text: string };

// The masked forms of section 7: a wall must not carry even these (it carries no personal data at all).
const MASKED_PHONE = /\d{3}\*{4}\d{4}/g;
const MASKED_ID = /\d{2}\*{13}[\dXx*]{3}/g;
const MASKED_NAME = /[\u4e00-\u9fff]\*(?:[\u4e00-\u9fff]|(?![\u4e00-\u9fff]))/g;

/**
 * Personal-data patterns in `text` (the big screen's rendered text): phone and ID numbers as the
 * masking of DOMAIN.md section 7 recognises them (whatever maskFreeText would change), their
 * masked forms (`138****1234`, `11*************234`, `张*明`), and any of the given citizen
 * `names` written out. Empty when the text is clean.
 */
export function findPersonalData(text: string, names: readonly string[] = []): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const masked = maskFreeText(text);
  if (masked !== text) {
    // Report each changed token: the stretch of the original where the masked text differs.
    let i = 0;
    while (i < text.length) {
      if (text[i] === masked[i]) { i++; continue; }
      let a = i, b = i;
      while (a > 0 && /[\d+\- ]/.test(text[a - 1]!)) a--;
      while (b < text.length && text[b] !== masked[b]) b++;
      while (b < text.length && /\d/.test(text[b]!)) b++;
      hits.push({ kind: 'phone-or-id', text: text.slice(a, b) });
      i = b;
    }
  }
  for (const m of text.matchAll(MASKED_PHONE)) hits.push({ kind: 'masked-phone', text: m[0] });
  for (const m of text.matchAll(MASKED_ID)) hits.push({ kind: 'masked-id', text: m[0] });
  for (const m of text.matchAll(MASKED_NAME)) hits.push({ kind: 'masked-name', text: m[0] });
  for (const n of names) if (n.trim().length >= 2 && text.includes(n.trim())) hits.push({ kind: 'name', text: n.trim() });
  return hits;
}
