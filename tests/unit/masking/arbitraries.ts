/** fast-check generators of personal data shared by the masking tests. */
import fc from 'fast-check';

export const digit = fc.constantFrom(...'0123456789'.split(''));
export const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
/** A mainland mobile number: 1[3-9] and 9 more digits. */
export const mobile = fc.tuple(fc.constantFrom('13', '14', '15', '16', '17', '18', '19'), digits(9)).map(([a, b]) => a + b);
/** An 18-character resident ID number shape (checksum not computed: masking must not rely on it). */
export const idNumber = fc.tuple(digits(17), fc.constantFrom('0', '5', '9', 'X', 'x')).map(([a, b]) => a + b);
/** Chinese prose without digits. */
export const prose = fc.array(
  fc.constantFrom('市民', '反映', '小区', '噪音', '扰民', '，', '。', '请', '联系', '电话', '身份证', ' ', '：', '号楼', 'a', 'X'),
  { maxLength: 6 },
).map((a) => a.join(''));
