/**
 * The one IPC contract between the page and the main process (GUIDE.md example 3). Each
 * 'namespace:verb' channel maps to the zod schemas of its input and output; main parses every
 * payload against `input`, and the preload, the renderer and main derive their types from here.
 * Every answer is an {@link IpcResult}: `{ ok: true, value }` or `{ ok: false, error }`.
 */
import { z } from 'zod';
import { GROUP_KEYS } from '../assess/dimensions';
import { RATE_NAMES } from '../assess/rates';
import { HOTSPOT_KEYS } from '../hotspots/keys';
import type { EventChannel, InvokeChannel } from './channels';
import { parseEvidenceRef } from './evidence-ref';
import { fail, type IpcFail } from './result';

/** Largest file the page may hand to main for saving (exports of a million tickets fit). */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024;
/** Largest single evidence file. */
export const MAX_EVIDENCE_BYTES = 256 * 1024 * 1024;

/** Any Uint8Array (also a view on a shared buffer, or a Node Buffer), typed as such. */
const uint8Array = (error: string) => z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error });

const bytes = (max: number, what: string) =>
  uint8Array(`${what}必须是二进制数据（Uint8Array）`)
    .refine((b) => b.byteLength <= max, { error: `${what}超过 ${Math.round(max / 1024 / 1024)} MB，请压缩或拆分后再试` });

/**
 * A file name as the page offers it: what the save dialog proposes (main repairs it with
 * safeFileName, so report titles with '/' or ':' still work), or an evidence file's original name
 * (kept as metadata only; evidence is stored by hash, never by this name).
 */
const fileName = z.string({ error: '文件名必须是文字' })
  .min(1, { error: '文件名不能为空' })
  .max(255, { error: '文件名过长（最多 255 个字符），请缩短后再试' });

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, { error: '扩展名只能是字母和数字，如 csv' })).min(1).max(20),
});

const evidenceRefSchema = z.string({ error: '证据引用必须是文字' })
  .refine((s) => parseEvidenceRef(s) !== null, { error: '证据引用无效：应为 evidence/xx/<64 位 SHA-256>，请从证据列表重新选择' });

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

const publicKeyInfo = z.strictObject({ publicKey: z.string(), fingerprint: z.string().regex(/^[0-9a-f]{16}$/) });

const windowState = z.strictObject({ maximized: z.boolean(), fullScreen: z.boolean() });

const rect = z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const displayInfo = z.strictObject({ id: z.number(), label: z.string(), bounds: rect, scaleFactor: z.number(), primary: z.boolean() });
/** The office server connection as the page sees it (main keeps the password). */
const serverSettings = z.strictObject({ url: z.string(), tls: z.enum(['off', 'require', 'verify']), hasPassword: z.boolean() });

const day = z.string({ error: '日期必须是文字' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期须写成 YYYY-MM-DD，例如 2026-01-01' });
const ciPair = z.tuple([z.number(), z.number()]).nullable();
const count = z.number().int().nonnegative();

/** One group of an assessment report (DOMAIN.md section 5, `assess --format json`). */
const assessGroup = z.strictObject({
  key: z.record(z.string(), z.string()),
  dispatched: count,
  evaluated: count,
  ...Object.fromEntries(RATE_NAMES.map((r) => [r, z.number().nullable()])) as Record<(typeof RATE_NAMES)[number], z.ZodNullable<z.ZodNumber>>,
  score: z.number().nullable(),
  ci: z.strictObject(Object.fromEntries(RATE_NAMES.map((r) => [r, ciPair])) as Record<(typeof RATE_NAMES)[number], typeof ciPair>),
  rank: z.number().int().positive().nullable(),
  insufficient: z.boolean(),
});

/** The assessment report, the same object `assess --db` prints. */
const assessReport = z.strictObject({
  ruleSet: z.strictObject({ id: z.string(), version: z.number().int(), sha256: z.string() }),
  input: z.strictObject({ tickets: count, sha256: z.string() }),
  period: z.strictObject({ from: z.string(), to: z.string() }),
  by: z.array(z.enum(GROUP_KEYS)),
  total: assessGroup,
  groups: z.array(assessGroup),
});

/** The hotspot report (DOMAIN.md section 9), the same object `hotspots --db` prints. */
const hotspotReport = z.strictObject({
  month: z.string(),
  by: z.array(z.enum(HOTSPOT_KEYS)),
  groups: z.array(z.strictObject({
    key: z.record(z.string(), z.string()),
    count,
    mean: z.number().nullable(), sd: z.number().nullable(), z: z.number().nullable(),
    mom: z.number().nullable(), yoy: z.number().nullable(),
    hotspot: z.boolean(),
  })),
});

/** Chinese messages for zod's built-in checks (per parse, so no global zod configuration). */
const zhCN = z.locales.zhCN().localeError;

/** The channels: input and output schemas. */
export const IPC_CONTRACT = {
  /** Version and paths, for the 关于 dialog and diagnostics. */
  'app:info': {
    input: z.undefined(),
    output: z.strictObject({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      arch: z.string(),
      dataDir: z.string(),
      /** '' when not running inside Electron (tests, CLI). */
      electron: z.string(),
      chrome: z.string(),
      node: z.string(),
    }),
  },
  /** Save bytes to a file the user picks. Output: the path written, or null when cancelled. */
  'file:save': {
    input: z.strictObject({
      suggestedName: fileName,
      bytes: bytes(MAX_SAVE_BYTES, '要保存的文件'),
      filters: z.array(fileFilter).max(10).optional(),
    }),
    output: z.string().nullable(),
  },
  /** Store an evidence file content-addressed in the data folder. */
  'evidence:put': {
    input: z.strictObject({
      caseId: z.string({ error: '案件编号必须是文字' }).min(1, { error: '案件编号不能为空' }).max(200),
      fileName,
      bytes: bytes(MAX_EVIDENCE_BYTES, '证据文件'),
    }),
    output: z.strictObject({ sha256: sha256Hex, size: z.number().int().nonnegative(), ref: z.string() }),
  },
  /** The stored bytes of an evidence file. */
  'evidence:get': {
    input: z.strictObject({ ref: evidenceRefSchema }),
    output: uint8Array('证据数据必须是二进制数据（Uint8Array）'),
  },
  /** Whether the stored bytes still hash to the SHA-256 their reference names. */
  'evidence:verify': {
    input: z.strictObject({ ref: evidenceRefSchema }),
    output: z.strictObject({
      intact: z.boolean(),
      expected: sha256Hex,
      /** null when the file is missing. */
      actual: sha256Hex.nullable(),
      size: z.number().int().nonnegative().nullable(),
    }),
  },
  /** Print the calling window to PDF and save it where the user picks; null when cancelled. */
  'print:pdf': {
    input: z.strictObject({
      suggestedName: fileName,
      landscape: z.boolean().optional(),
      pageSize: z.enum(['A4', 'A3']).optional(),
    }),
    output: z.string().nullable(),
  },
  /** Whether the window is maximized or full screen (also sent as the 'window:state' event). */
  'window:state': {
    input: z.undefined(),
    output: windowState,
  },
  /** The register signing key held by main (issue 14): whether it exists, its public part, whether unlocked. */
  'records:key-status': {
    input: z.undefined(),
    output: z.strictObject({ exists: z.boolean(), publicKey: z.string().nullable(), fingerprint: z.string().nullable(), unlocked: z.boolean(), keyring: z.boolean() }),
  },
  /** Creates the signing key, encrypted with the passphrase; refuses when one exists. */
  'records:key-create': {
    input: z.strictObject({ passphrase: z.string({ error: '密钥口令必须是文字' }).min(1, { error: '请输入密钥口令' }).max(200) }),
    output: publicKeyInfo,
  },
  /** Unlocks the signing key for this session with its passphrase. */
  'records:key-unlock': {
    input: z.strictObject({ passphrase: z.string({ error: '密钥口令必须是文字' }).min(1, { error: '请输入密钥口令' }).max(200) }),
    output: publicKeyInfo,
  },
  /** Forgets the unlocked key (idle lock, sign-out). */
  'records:key-lock': { input: z.undefined(), output: z.null() },
  /** Ed25519 signature of an entry hash (32 bytes) or a checkpoint message (under 200 bytes). */
  'records:sign': {
    input: z.strictObject({ bytes: bytes(200, '要签名的数据') }),
    output: uint8Array('签名必须是二进制数据（Uint8Array）'),
  },
  /** The displays attached now, and the one the big screen would open on. */
  'bigscreen:displays': {
    input: z.undefined(),
    output: z.strictObject({ displays: z.array(displayInfo), chosen: z.number().nullable() }),
  },
  /**
   * Opens (or moves) the big-screen window full screen on a display: the one given, else the one
   * used last; plays `preset`, else what that display played last. Output: the display used.
   */
  'bigscreen:open': {
    input: z.strictObject({
      displayId: z.number({ error: '显示器编号必须是数字' }).int().nullable(),
      preset: z.string({ error: '预设名称必须是文字' }).min(1).max(40, { error: '预设名称最多 40 个字' }).optional(),
    }),
    output: z.strictObject({ displayId: z.number(), preset: z.string().nullable() }),
  },
  /** The office server connection (URL without password, TLS mode, whether a password is kept by main). */
  'server:settings': {
    input: z.undefined(),
    output: serverSettings,
  },
  /** Stores the connection; `password` undefined keeps the stored one, '' removes it. Main encrypts it with the system key store. */
  'server:save-settings': {
    input: z.strictObject({
      url: z.string({ error: '连接串必须是文字' }).max(2000, { error: '连接串过长' }),
      tls: z.enum(['off', 'require', 'verify'], { error: 'TLS 须为 off（不加密）、require（加密）或 verify（加密并校验证书）' }),
      password: z.string().max(1000).optional(),
    }),
    output: serverSettings,
  },
  /** Connects with the stored settings (migrating the schema) and says what the server holds. */
  'server:test': {
    input: z.undefined(),
    output: z.strictObject({ serverVersion: z.string(), database: z.string(), tickets: count, months: count }),
  },
  /** Assessment on the server over its full store (`assess --db`); rules: a rule set as JSON (default-v1 when absent). */
  'server:assess': {
    input: z.strictObject({
      from: day, to: day,
      by: z.array(z.enum(GROUP_KEYS, { error: `分组须为 ${GROUP_KEYS.join('、')} 之一` })).min(1).max(2),
      rules: z.unknown().optional(),
    }),
    output: assessReport,
  },
  /** Hotspots of a month on the server (`hotspots --db`). */
  'server:hotspots': {
    input: z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/, { error: '月份须写成 YYYY-MM，例如 2026-10' }),
      by: z.array(z.enum(HOTSPOT_KEYS, { error: `分组须为 ${HOTSPOT_KEYS.join('、')} 之一` })).min(1).max(2),
    }),
    output: hotspotReport,
  },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

/** Payload schemas of the events main sends to the page. */
export const EVENT_CONTRACT = {
  'window:state': windowState,
} as const satisfies Record<EventChannel, z.ZodType>;

export type IpcContract = typeof IPC_CONTRACT;
/** What the caller passes on channel C. */
export type IpcInput<C extends InvokeChannel> = z.input<IpcContract[C]['input']>;
/** What the caller gets back on channel C when it succeeds. */
export type IpcOutput<C extends InvokeChannel> = z.output<IpcContract[C]['output']>;
/** The payload of event E. */
export type IpcEventPayload<E extends EventChannel> = z.output<(typeof EVENT_CONTRACT)[E]>;

/**
 * Parses the payload of channel `channel` against the contract. Returns the parsed input, or an
 * INVALID_INPUT failure whose Chinese message names each offending field.
 */
export function parseIpcInput<C extends InvokeChannel>(
  channel: C, payload: unknown,
): { ok: true; value: z.output<IpcContract[C]['input']> } | IpcFail {
  const r = IPC_CONTRACT[channel].input.safeParse(payload, { error: zhCN });
  if (r.success) return { ok: true, value: r.data as z.output<IpcContract[C]['input']> };
  return fail('INVALID_INPUT', `请求“${channel}”的参数不正确：${describeIssues(r.error.issues)}`);
}

/** Checks what a handler returns against the contract, so a handler bug never reaches the page silently. */
export function checkIpcOutput<C extends InvokeChannel>(channel: C, value: unknown): { ok: true } | IpcFail {
  const r = IPC_CONTRACT[channel].output.safeParse(value, { error: zhCN });
  if (r.success) return { ok: true };
  return fail('INTERNAL', `“${channel}”返回的数据不符合约定（${describeIssues(r.error.issues)}），请重试；如仍出现请联系管理员`);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.join('.')}：${i.message}` : i.message)).join('；');
}
