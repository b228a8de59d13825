/**
 * The content of a 通报 (notice) built from a register bundle (DOMAIN.md section 11): the
 * published records it covers, with corrections applied and retracted records left out, split
 * into 表彰 and 问责 sections, and the register foot (size, head hash, key fingerprint). Two
 * versions: 'internal' (personal-data patterns masked as section 7 shows them inside the office)
 * and 'public' (every phone, ID-number and citizen-name pattern dropped, evidence and sign-off
 * names left out). Pure: the HTML of {@link ./notice-html} lays this content out.
 *
 * The bundle is the register core's RegisterBundle, verified (hashes, links, signatures,
 * checkpoint) by verify.ts before it gets here; record bodies are those of ops-records.ts.
 */
import { base64ToBytes } from '../base/bytes/base64';
import { maskPersonalText, redactForPublication } from '../data/masking';
import type { RegisterBundle } from './bundle';
import type { RegisterEntry } from './entry';
import { keyFingerprint } from './keys';
import { RECORD_KINDS, type RecordBasis, type RecordKind } from './model';
import { currentRecords } from './register-view';

/** The fields of a published record body as ops-records.ts recordBody writes them (corrections applied). */
export type RecordFields = {
  kind: RecordKind;
  measure: string;
  subject: string;
  reason: string;
  basis?: RecordBasis | null;
  evidence?: { tickets?: readonly string[]; cases?: readonly string[]; campaignTasks?: readonly string[] };
  rectification?: { requirement: string; deadline: string; workingDays?: number } | null;
  docNo?: string;
  drafter: string;
  approver: string;
};

/** The notice's own data, written by the office (GB/T 9704 elements). */
export type NoticeMeta = {
  /** 发文机关 name; the 落款 unless `signature` is given. */
  issuer: string;
  /** 发文机关标志; default `issuer` + 文件. */
  mark?: string;
  /** 文号, year in 〔〕, e.g. 热督〔2026〕12号. */
  docNo: string;
  /** 标题; default from the sections the notice has. */
  title?: string;
  /** 主送机关, without the closing colon. */
  recipients: string;
  /** 正文 opening paragraphs; default one sentence. */
  intro?: readonly string[];
  /** 正文 closing paragraphs; default one sentence per section present. */
  closing?: readonly string[];
  /** 附件说明: names of the attachments, in order. */
  attachments?: readonly string[];
  /** 落款 (发文机关署名); default `issuer`. */
  signature?: string;
  /** 成文日期 YYYY-MM-DD; default the date of the latest entry the notice lists. */
  date?: string;
  /** The record seqs the notice covers; default every live record whose docNo is `docNo`. */
  seqs?: readonly number[];
};

export type NoticeVersion = 'internal' | 'public';

export type NoticeItem = {
  seq: number;
  subject: string;
  measure: string;
  reason: string;
  /** The basis in words, or null. */
  basis: string | null;
  /** 问责 only: the demand, the deadline as 2026年11月17日, the working days if given. */
  rectification: { requirement: string; deadline: string; workingDays: number | null } | null;
  /** Seqs of the corrections applied to this record, in order. */
  corrections: number[];
  /** Internal version only: evidence references in words; null in the public version or when none. */
  evidence: string | null;
  /** Internal version only: 起草 and 签发; null in the public version. */
  signoff: { drafter: string; approver: string } | null;
};

export type NoticeSection = { kind: RecordKind; heading: string; items: NoticeItem[] };

export type NoticeFoot = { size: number; head: string; fingerprint: string };

export type NoticeContent = {
  version: NoticeVersion;
  mark: string;
  docNo: string;
  title: string;
  recipients: string;
  intro: string[];
  sections: NoticeSection[];
  closing: string[];
  attachments: string[];
  signature: string;
  /** 成文日期 as 2026年11月3日. */
  date: string;
  foot: NoticeFoot;
  /** Entries that could not be applied (a correction of an unknown seq, …), in Chinese. */
  problems: string[];
};

/** The key fingerprint of a bundle's base64 public key (keys.ts); throws in Chinese when it is not 32 bytes. */
export function bundleFingerprint(publicKeyBase64: string): string {
  const raw = base64ToBytes(publicKeyBase64);
  if (!raw || raw.length !== 32) throw new Error('登记簿公钥不是 32 字节 Ed25519 公钥的 base64，无法计算指纹');
  return keyFingerprint(raw);
}

/** A live record after corrections: its fields, the seqs of the corrections applied, its latest `at`. */
export type LiveRecord = { seq: number; fields: RecordFields; corrections: number[]; at: string };

/**
 * The records of `entries` as they stand (register-view.ts: corrections applied in seq order,
 * retracted records removed). A record whose body is not a record body is reported in
 * `problems` and left out.
 */
export function liveRecords(entries: readonly RegisterEntry[]): { records: LiveRecord[]; problems: string[] } {
  const problems: string[] = [];
  const records: LiveRecord[] = [];
  const atOf = new Map(entries.map((e) => [e.seq, e.at]));
  for (const r of currentRecords([...entries].sort((a, b) => a.seq - b.seq))) {
    if (r.retractedBy !== null) continue;
    const fields = readRecordFields(r.body);
    if (typeof fields === 'string') {
      problems.push(r.corrections.length ? `第 ${r.seq} 条更正后记录${fields}，未列入通报` : `第 ${r.seq} 条记录${fields}，未列入通报`);
      continue;
    }
    const last = r.corrections.length ? r.corrections[r.corrections.length - 1]! : r.seq;
    records.push({ seq: r.seq, fields, corrections: r.corrections, at: atOf.get(last) ?? r.at });
  }
  return { records, problems };
}

/** Builds the notice of `meta` over the records of `bundle`, in the given version. */
export function buildNotice(bundle: Pick<RegisterBundle, 'publicKey' | 'entries' | 'checkpoint'>, meta: NoticeMeta, version: NoticeVersion): NoticeContent {
  const text = version === 'public' ? redactForPublication : maskPersonalText;
  const { records, problems } = liveRecords(bundle.entries);
  let covered: LiveRecord[];
  if (meta.seqs) {
    const bySeq = new Map(records.map((r) => [r.seq, r]));
    covered = [];
    for (const s of meta.seqs) {
      const r = bySeq.get(s);
      if (r) covered.push(r);
      else problems.push(`通报要列出的第 ${s} 条不是登记簿中的有效记录（不存在、不是记录或已撤销），未列入`);
    }
  } else covered = records.filter((r) => r.fields.docNo === meta.docNo);
  covered.sort((a, b) => a.seq - b.seq);

  const sections: NoticeSection[] = [];
  for (const kind of RECORD_KINDS) {
    const items = covered.filter((r) => r.fields.kind === kind).map((r) => toItem(r, version, text));
    if (items.length) sections.push({ kind, heading: `${CHINESE_ORDINALS[sections.length]}、${kind === '表彰' ? '表彰' : '问责'}情况`, items });
  }
  const kinds = sections.map((s) => s.kind);
  const date = meta.date ?? latestDate(covered);
  return {
    version,
    mark: text(meta.mark ?? `${meta.issuer}文件`),
    docNo: text(meta.docNo),
    title: text(meta.title ?? defaultTitle(kinds)),
    recipients: text(meta.recipients),
    intro: (meta.intro ?? [DEFAULT_INTRO]).map(text),
    sections,
    closing: (meta.closing ?? defaultClosing(kinds)).map(text),
    attachments: (meta.attachments ?? []).map(text),
    signature: text(meta.signature ?? meta.issuer),
    date: date ? chineseDate(date) : '',
    foot: { size: bundle.checkpoint.size, head: bundle.checkpoint.head, fingerprint: bundleFingerprint(bundle.publicKey) },
    problems,
  };
}

const CHINESE_ORDINALS = ['一', '二', '三', '四'];
const ITEM_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** （一）…（十）, （十一）…（九十九）. */
export function itemOrdinal(i: number): string {
  const n = i + 1;
  if (n <= 10) return `（${ITEM_ORDINALS[n - 1]}）`;
  const tens = Math.floor(n / 10), ones = n % 10;
  return `（${tens > 1 ? ITEM_ORDINALS[tens - 1] : ''}十${ones ? ITEM_ORDINALS[ones - 1] : ''}）`;
}

const DEFAULT_INTRO = '为压实 12345 热线诉求办理责任，推动诉求办理不跑偏、不走样，经审核签发，现将有关表彰和问责情况通报如下。';

function defaultTitle(kinds: readonly RecordKind[]): string {
  if (kinds.length === 1) return kinds[0] === '表彰' ? '关于表彰诉求办理先进的通报' : '关于诉求办理问责情况的通报';
  return '关于诉求办理表彰和问责情况的通报';
}

function defaultClosing(kinds: readonly RecordKind[]): string[] {
  const out: string[] = [];
  if (kinds.includes('表彰')) out.push('希望受到表彰的单位和个人珍惜荣誉、再接再厉，各单位要学习先进、比学赶超。');
  if (kinds.includes('问责')) out.push('被问责单位要深刻反思、举一反三，按期整改到位，并将整改情况书面报送。');
  return out;
}

function toItem(r: LiveRecord, version: NoticeVersion, text: (s: string) => string): NoticeItem {
  const f = r.fields;
  const rect = f.kind === '问责' && f.rectification ? f.rectification : null;
  return {
    seq: r.seq,
    subject: text(f.subject),
    measure: text(f.measure),
    reason: text(f.reason),
    basis: f.basis ? nullIfEmpty(basisText(f.basis, text)) : null,
    rectification: rect
      ? { requirement: text(rect.requirement), deadline: chineseDate(rect.deadline), workingDays: rect.workingDays ?? null }
      : null,
    corrections: r.corrections,
    // ids are structured (a 工单编号 is often a long digit run that must stay readable), never masked
    evidence: version === 'internal' && f.evidence ? nullIfEmpty(evidenceText(f.evidence)) : null,
    signoff: version === 'internal' ? { drafter: text(f.drafter), approver: text(f.approver) } : null,
  };
}

const SIGNAL_NAMES = { 'buck-passing': '推诿扯皮信号', 'perfunctory-closure': '敷衍办结信号' } as const;

/** The basis in words; its free-text parts (titles, unit names) go through `text`, ids and hashes do not. */
function basisText(b: RecordBasis, text: (s: string) => string): string {
  switch (b.type) {
    case 'assessment': {
      const rank = b.ranking && b.rank !== null ? `，${text(b.ranking)}第 ${b.rank} 名` : '';
      return `考核结果「${text(b.snapshotTitle)}」（考核规则 ${b.ruleSetId} 第 ${b.version} 版，快照 ${b.snapshotHash.slice(0, 12)}${rank}）`;
    }
    case 'case': return `疑难件 ${b.caseId}${b.title ? `「${text(b.title)}」` : ''}`;
    case 'signal': return `${SIGNAL_NAMES[b.signal]}（${text(b.unit)}）`;
    case 'review': return `不满意工单复核移交问责（${b.tickets.length} 件）`;
  }
}

function evidenceText(e: NonNullable<RecordFields['evidence']>): string {
  const parts: string[] = [];
  if (e.tickets?.length) parts.push(`工单 ${e.tickets.join('、')}`);
  if (e.cases?.length) parts.push(`疑难件 ${e.cases.join('、')}`);
  if (e.campaignTasks?.length) parts.push(`专项任务 ${e.campaignTasks.join('、')}`);
  return parts.join('；');
}

function nullIfEmpty(s: string): string | null {
  return s === '' ? null : s;
}

/** The calendar date of an ISO date or date-time as written (its own offset): YYYY-MM-DD. */
function isoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function latestDate(records: readonly LiveRecord[]): string | null {
  let best: string | null = null;
  for (const r of records) {
    const d = isoDate(r.at);
    if (d && (best === null || d > best)) best = d;
  }
  return best;
}

/** 2026-11-03 (or an ISO date-time) → 2026年11月3日, as GB/T 9704-2012 writes 成文日期; other text unchanged. */
export function chineseDate(s: string): string {
  const d = isoDate(s);
  if (!d) return s;
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): v is string => typeof v === 'string';
const strList = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(str));
const optStr = (v: unknown): boolean => v === undefined || str(v);

const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const strArr = (v: unknown): boolean => Array.isArray(v) && v.every(str);

/** True when `b` is one of the basis shapes of model.ts. */
function validBasis(b: unknown): b is RecordBasis {
  if (!isObject(b)) return false;
  switch (b.type) {
    case 'assessment': return str(b.ruleSetId) && num(b.version) && str(b.snapshotHash) && str(b.snapshotTitle);
    case 'case': return str(b.caseId) && optStr(b.title);
    case 'signal': return (b.signal === 'buck-passing' || b.signal === 'perfunctory-closure') && str(b.unit);
    case 'review': return strArr(b.tickets);
    default: return false;
  }
}

/** The record fields of `body`, or a Chinese reason why it is not a record body. */
function readRecordFields(body: unknown): RecordFields | string {
  if (!isObject(body)) return '的内容不是对象';
  const { kind, measure, subject, reason, basis, evidence, rectification, docNo, drafter, approver } = body;
  if (kind !== '表彰' && kind !== '问责') return `的类别「${String(kind)}」不是表彰或问责`;
  if (!str(measure) || !str(subject) || !str(reason)) return '缺少措施、对象或事由';
  if (!str(drafter) || !str(approver)) return '缺少起草人或签发人';
  if (basis !== undefined && basis !== null && !validBasis(basis)) return '的依据格式不对';
  if (evidence !== undefined && !(isObject(evidence) && strList(evidence.tickets) && strList(evidence.cases) && strList(evidence.campaignTasks))) {
    return '的证据格式不对';
  }
  if (rectification !== undefined && rectification !== null
    && !(isObject(rectification) && str(rectification.requirement) && str(rectification.deadline)
      && (rectification.workingDays === undefined || typeof rectification.workingDays === 'number'))) {
    return '的整改要求格式不对';
  }
  if (docNo !== undefined && !str(docNo)) return '的文号不是文字';
  return {
    kind, measure, subject, reason, drafter, approver,
    ...(basis !== undefined && basis !== null ? { basis } : {}),
    ...(evidence !== undefined ? { evidence: evidence as RecordFields['evidence'] } : {}),
    ...(rectification !== undefined ? { rectification: rectification as RecordFields['rectification'] } : {}),
    ...(docNo !== undefined ? { docNo } : {}),
  };
}
