import { maskCitizenNames, replaceCitizenNames } from './citizen-names';
import { maskFreeText, replacePersonalNumbers } from './mask-free-text';

/** What stands where a published text had a phone, landline or other long number. */
export const REDACTED_NUMBER = '（号码已隐去）';
/** What stands where a published text had an ID number. */
export const REDACTED_ID_NUMBER = '（身份证号已隐去）';
/** What stands where a published text had a citizen's name. */
export const REDACTED_NAME = '某某';
/** What stands for the surname of 张先生 in a published text (某先生). */
export const REDACTED_SURNAME = '某';

/**
 * Free text for a document that leaves the office (public notices, big screens; DOMAIN.md
 * section 7: they never carry citizen personal data). Unlike display masking, nothing of a
 * number or name is kept: phones, landlines, ID numbers (18 and 15 digits) and any other run of
 * 7 or more digits are replaced by a placeholder, citizens' names (市民张三, 来电人：李四, 张先生)
 * by 某某 / 某. Masked text from an earlier pass (138****1234) is dropped the same way.
 */
export function redactForPublication(text: string): string {
  const numbers = replacePersonalNumbers(text, (_t, kind) => (kind === 'idNumber' ? REDACTED_ID_NUMBER : REDACTED_NUMBER));
  return replaceCitizenNames(numbers, { name: () => REDACTED_NAME, surname: () => REDACTED_SURNAME });
}

/**
 * Free text as shown inside the office (section 7 default view): phone and ID patterns masked by
 * {@link maskFreeText}, citizens' names by {@link maskCitizenNames}.
 */
export function maskPersonalText(text: string): string {
  return maskCitizenNames(maskFreeText(text));
}
