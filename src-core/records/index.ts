/** 表彰问责 records (issue 14, DOMAIN.md section 11): the register, bundles, workflow, roles, audit and candidates. */
export { jcs } from './canonical';
export { bytesToBase64, base64ToBytes } from '../base/bytes/base64';
export { ENTRY_TYPES, GENESIS, entryHash, registerHead, isIsoWithOffset, isoAt, type EntryType, type RegisterEntry } from './entry';
export { RECORD_KINDS, checkEntryBody, type RecordKind } from './entry-rules';
export { findPersonalData, type PersonalDataHit } from './personal-data';
export { keyFingerprint, newSecretKey, nobleSigner, webCryptoSigner, newWebCryptoKey, FINGERPRINT_HEX, type Signer } from './keys';
export { ed25519Verifier, nobleVerifier, isValidPublicKey, type SigVerifier } from './ed25519-verify';
export { append } from './register';
export { BUNDLE_FORMAT, checkpointMessage, exportBundle, bundleText, type RegisterBundle, type Checkpoint } from './bundle';
export { verifyBundle, type VerifyResult, type VerifyOk, type VerifyFail, type VerifyOptions } from './verify';
export { verifyReason, verifyReasonEn, UNREADABLE_CODES, type VerifyCode, type VerifyParams } from './verify-messages';
export { currentRecords, currentRecord, type CurrentRecord } from './register-view';
export { MEASURES, draftProblems, rectification, subjectLabel, emptyEvidence, type RecordDraft, type RecordSubject, type RecordBasis, type RecordEvidence, type Rectification } from './model';
export { ROLES, ACTIONS, ALLOWED, ACTION_NAMES, type Role, type Action, type Actor } from './roles';
export { can, type Decision, type RecordRef } from './authorization';
export { hashPassword, verifyPassword, passwordProblems, SCRYPT_DEFAULTS, PASSWORD_MIN_LENGTH, type PasswordHash } from './passwords';
export { AUDIT_ACTIONS, AUDIT_ACTION_NAMES, appendAudit, verifyAudit, auditCsv, type AuditEntry, type AuditAction, type AuditDraft } from './audit';
export {
  RECORD_STATES, APPEAL_OUTCOMES, emptyRecordsState, rectificationStanding, overdueRectifications,
  type RecordState, type RecordItem, type RecordStep, type PersonRef, type Appeal, type AppealOutcome, type RectificationReport,
  type UserAccount, type RecordsState, type RectificationStanding,
} from './workflow';
export { accountOf, type OpResult } from './ops-common';
export { createDraft, editDraft, submitDraft, approveReview, returnDraft, signOff, correctRecord, retractRecord, exportRegister, recordBody, type RecordChanges } from './ops-records';
export { createUser, signIn, setRoles, setActive, changePassword, unmask, recordKeyCreated, exportAudit, recordAppeal, decideAppeal, addRectificationReport } from './ops-people';
export {
  commendationCandidates, rankAccountabilityCandidates, signalAccountabilityCandidates, reviewAccountabilityCandidates,
  DEFAULT_RECTIFICATION_DAYS, DEFAULT_REQUIREMENT, DEFAULT_SIGNAL_THRESHOLDS,
  type Candidate, type CandidateSource, type AccountabilityOptions, type SignalThresholds,
} from './candidates';
