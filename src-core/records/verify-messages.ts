/**
 * Why a bundle fails verification: a stable code for each failure with its Chinese reason (shown
 * and printed) and an English one (for the English UI). Parameters fill in the details.
 */
export type VerifyParams = { seq?: number; expected?: string | number; actual?: string | number; path?: string; amends?: string | number; detail?: string };

const MESSAGES = {
  'not-utf8': { zh: () => '文件不是 UTF-8 文本，不是登记册导出包', en: () => 'The file is not UTF-8 text, so it is not a register bundle' },
  'not-json': { zh: (p: VerifyParams) => `文件不是有效的 JSON（${p.detail ?? ''}），不是登记册导出包`, en: (p: VerifyParams) => `The file is not valid JSON (${p.detail ?? ''}), so it is not a register bundle` },
  'bad-format': { zh: () => '文件不是 duban-register/1 格式的登记册导出包', en: () => 'The file is not a register bundle of format duban-register/1' },
  'bad-structure': { zh: (p: VerifyParams) => `导出包结构不完整：缺少或无法识别「${p.path}」`, en: (p: VerifyParams) => `The bundle is incomplete: "${p.path}" is missing or malformed` },
  'unknown-field': { zh: (p: VerifyParams) => `导出包含有未定义的字段「${p.path}」，可能被改动`, en: (p: VerifyParams) => `The bundle has an undefined field "${p.path}"; it may have been altered` },
  'bad-key': { zh: () => '公钥不是有效的 Ed25519 公钥（应为 32 字节的 base64）', en: () => 'The public key is not a valid Ed25519 key (32 bytes in base64)' },
  'key-mismatch': { zh: (p: VerifyParams) => `签名密钥指纹为 ${p.actual}，与指定的 ${p.expected} 不符：不是这把密钥签发的登记册`, en: (p: VerifyParams) => `The signing key's fingerprint is ${p.actual}, not the expected ${p.expected}: this register was not signed with that key` },
  'entry-shape': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的字段不符合格式（${p.detail ?? ''}）`, en: (p: VerifyParams) => `Entry ${p.seq} does not have the entry fields (${p.detail ?? ''})` },
  'seq-order': { zh: (p: VerifyParams) => `第 ${p.expected} 个位置的记录序号为 ${p.actual}，序号应从 1 起连续：记录可能被删除、插入或调换`, en: (p: VerifyParams) => `The entry at position ${p.expected} has seq ${p.actual}; seqs must run from 1 without gaps: entries may have been removed, inserted or reordered` },
  'bad-at': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的时间不是带时区的 ISO 8601 时间`, en: (p: VerifyParams) => `Entry ${p.seq} has a time that is not ISO 8601 with an offset` },
  'bad-type': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的类型「${p.actual}」无法识别（应为 record、correction 或 retraction）`, en: (p: VerifyParams) => `Entry ${p.seq} has an unknown type "${p.actual}" (record, correction or retraction)` },
  'bad-body': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的内容不是对象`, en: (p: VerifyParams) => `Entry ${p.seq} has a body that is not an object` },
  'prev-link': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录与上一条衔接不上（prev 不是上一条的哈希）：记录可能被删改`, en: (p: VerifyParams) => `Entry ${p.seq} does not link to the one before it (prev is not its hash): entries may have been altered` },
  'hash-mismatch': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的内容与哈希不符：内容被修改过`, en: (p: VerifyParams) => `Entry ${p.seq} does not match its hash: its content was changed` },
  'bad-sig-encoding': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的签名不是 64 字节的 base64`, en: (p: VerifyParams) => `Entry ${p.seq} has a signature that is not 64 bytes of base64` },
  'bad-sig': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的签名无效：不是这把密钥对该内容的签名`, en: (p: VerifyParams) => `Entry ${p.seq} has an invalid signature: not made by this key over this content` },
  'amends-invalid': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录（更正或撤销）指向的第 ${p.amends} 条不是它之前已有的表彰问责记录`, en: (p: VerifyParams) => `Entry ${p.seq} (a correction or retraction) amends ${p.amends}, which is not an earlier record` },
  'bad-kind': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的类别「${p.actual}」应为表彰或问责`, en: (p: VerifyParams) => `Entry ${p.seq} has kind "${p.actual}"; it must be 表彰 or 问责` },
  'same-person': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的起草人与签发人是同一人（${p.actual}），不符合两人把关的规定`, en: (p: VerifyParams) => `Entry ${p.seq} was drafted and signed off by the same person (${p.actual})` },
  'personal-data': { zh: (p: VerifyParams) => `第 ${p.seq} 条记录的「${p.path}」含有疑似电话号码或身份证号，登记册不得含有群众个人信息`, en: (p: VerifyParams) => `Entry ${p.seq} holds what looks like a phone or ID number in "${p.path}"; the register must not hold citizens' personal data` },
  'checkpoint-shape': { zh: () => '检查点的字段不符合格式（应恰好有 size、head、sig）', en: () => 'The checkpoint does not have exactly the fields size, head and sig' },
  'checkpoint-size': { zh: (p: VerifyParams) => `检查点记载 ${p.expected} 条记录，导出包中有 ${p.actual} 条：记录被删除或添加过`, en: (p: VerifyParams) => `The checkpoint records ${p.expected} entries but the bundle holds ${p.actual}: entries were removed or added` },
  'checkpoint-head': { zh: () => '检查点的头哈希与最后一条记录的哈希不符', en: () => 'The checkpoint head is not the hash of the last entry' },
  'checkpoint-sig': { zh: () => '检查点的签名无效：不是这把密钥对登记册大小和头哈希的签名', en: () => 'The checkpoint signature is invalid: not made by this key over the register size and head' },
} as const;

export type VerifyCode = keyof typeof MESSAGES;

/** Codes that mean the input is not a register bundle at all (CLI exit 2). */
export const UNREADABLE_CODES: ReadonlySet<VerifyCode> = new Set<VerifyCode>(['not-utf8', 'not-json', 'bad-format', 'bad-structure']);

export function verifyReason(code: VerifyCode, p: VerifyParams = {}): string {
  return MESSAGES[code].zh(p);
}

export function verifyReasonEn(code: VerifyCode, p: VerifyParams = {}): string {
  return MESSAGES[code].en(p);
}
