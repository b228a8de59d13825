import { isIdNumberShape, maskIdNumber } from './mask-id-number';
import { maskPhone } from './mask-phone';

/** A digit position: ASCII or full-width digit, or '*' left by an earlier pass (idempotence). */
const D = '[0-9\\uFF10-\\uFF19*]';

/** Shortest plain run of digits that is treated as a number worth hiding (landline, QQ, card). */
export const FREE_TEXT_MIN_RUN = 7;

/*
 * One pass, left to right, so a match is masked once by one rule:
 *  1. a mobile written in groups, 3-4-4 with '-' or spaces, optionally after +86/86/0086;
 *  2. a landline with an area code: (010)12345678, 0571-8888666, 010 12345678;
 *  3. an 18-character ID number ending in X;
 *  4. any other run of 7 or more digits (mobiles, 18-digit IDs, landlines, card numbers).
 * Dates like 2024-03-15 or 14:30 are never touched: their digit groups are short.
 */
const NUMBER_PATTERN = new RegExp(
  `(?<!${D})(?:` +
    `(?:[+＋]?(?:0086|86)[- ]?)?[1１]${D}{2}[- ]${D}{4}[- ]${D}{4}` +
    `|[(（]?[0０]${D}{2,3}[)）]?[- ]?${D}{7,8}` +
    `|${D}{17}[XxＸ]` +
    `|${D}{${FREE_TEXT_MIN_RUN},}` +
  `)(?!${D})`,
  'g',
);

/** Every pattern above needs at least 7 digit positions; texts with fewer skip the scan. */
function digitPositions(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 42 || (c >= 0xff10 && c <= 0xff19)) n++;
  }
  return n;
}

/**
 * Masks the phone numbers and ID numbers inside free text such as 诉求内容 or 办理结果
 * (DOMAIN.md section 7). 18-character ID numbers follow {@link maskIdNumber}; numbers of 11 or
 * more digits (mobiles, landlines with area code, also when written in groups) follow
 * {@link maskPhone}: first 3 and last 4 stay; runs of 7–10 digits become all '*'. Shorter
 * numbers (house numbers, amounts, dates, times) are left alone. Everything else in the text,
 * and its length, is unchanged; masking masked text changes nothing.
 *
 * Trade-off: a long number that is not personal (a 13-digit reference written in the text) is
 * masked as well; the unmasked view, which needs the right role, shows it.
 */
export function maskFreeText(text: string): string {
  return replacePersonalNumbers(text, maskNumberToken);
}

/** What a matched number in free text is taken to be. */
export type PersonalNumberKind = 'idNumber' | 'number';

/**
 * Every phone, landline, ID or other long number of `text` (the patterns of {@link maskFreeText})
 * replaced by `replace(token, kind)`; the rest of the text is unchanged. `kind` is 'idNumber' for
 * an 18-character ID shape, 'number' for everything else (mobiles, landlines, 15-digit IDs,
 * card numbers). {@link maskFreeText} masks with it; published documents drop the numbers.
 */
export function replacePersonalNumbers(text: string, replace: (token: string, kind: PersonalNumberKind) => string): string {
  if (digitPositions(text) < FREE_TEXT_MIN_RUN) return text;
  return text.replace(NUMBER_PATTERN, (token) => replace(token, isIdNumberShape(token) ? 'idNumber' : 'number'));
}

/** One matched number: ID numbers by the ID rule, everything else by the phone rule. */
function maskNumberToken(token: string, kind: PersonalNumberKind): string {
  return kind === 'idNumber' ? maskIdNumber(token) : maskPhone(token);
}
