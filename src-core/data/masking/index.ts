/** Personal-data masking of DOMAIN.md section 7: pure functions, display only. */
export { MASK } from './digits';
export { maskPhone, PHONE_MIN_DIGITS } from './mask-phone';
export { maskName } from './mask-name';
export { maskIdNumber, isIdNumberShape, ID_NUMBER_LENGTH } from './mask-id-number';
export { maskFreeText, FREE_TEXT_MIN_RUN } from './mask-free-text';
export { maskTicketField, maskTicket, maskKindFor, PERSONAL_TICKET_KEYS, type MaskKind } from './mask-ticket-field';
export { replacePersonalNumbers, type PersonalNumberKind } from './mask-free-text';
export { replaceCitizenNames, maskCitizenNames, type CitizenNameReplacers } from './citizen-names';
export {
  redactForPublication, maskPersonalText, REDACTED_NUMBER, REDACTED_ID_NUMBER, REDACTED_NAME, REDACTED_SURNAME,
} from './redact-for-publication';
