import { maskName } from './mask-name';

/*
 * Citizens' names written into free text (a reason, a reply, a note): DOMAIN.md section 7 keeps
 * them off published notices. Two shapes are recognised:
 *  1. a surname with an honorific: 张先生, 李女士, 王阿姨 (not 某先生, 该女士, 这位先生);
 *  2. a name of 2–4 characters after a word that introduces a citizen: 市民张三反映,
 *     来电人：李四，反映人王小明称 … (the name must be followed by a verb or punctuation, so
 *     市民反映、市民多次来电 are not taken for names; 市民张先生 is left to shape 1).
 * Heuristic by nature: a name written any other way is not found, and a word that merely looks
 * like a name in that position is masked too (the safe side for a published document).
 */

const HONORIFICS = '先生|女士|小姐|阿姨|大爷|大妈|师傅';
/** Characters that make "X先生" a determiner phrase (这位先生, 该女士), not a surname. */
const NOT_SURNAME = '某位该此这那名其每男女各老';
const HONORIFIC_PATTERN = new RegExp(`([^\\P{Script=Han}${NOT_SURNAME}])(?=${HONORIFICS})`, 'gu');

/** Words after which a citizen's name is usually written. */
const INTRODUCERS = '来电市民|市民|居民|业主|村民|群众|来电人|反映人|诉求人|投诉人|举报人|来访人|当事人|联系人|申请人';
/** What may follow a name: a verb of speaking or reporting, a preposition, punctuation. */
const FOLLOWERS = `反映|来电|致电|称|投诉|举报|表示|诉|说|于|在|家|的|等|及|和|与|向|要求|希望|认为|${HONORIFICS}|[，,。.；;：:、（）()\\s]|$`;
/**
 * Starts of what follows an introducer that are not names (市民反映, 市民多次来电, 市民们); another
 * introducer and 某 are never part of a name either, which keeps replacing idempotent.
 */
const NOT_NAME = [
  '某|来电|反映|投诉|举报|表示|致电|诉求|多次|反复|称|对|向|于|在|的|们|均|都|要求|希望|认为|家|集中|共|等|及|和|与',
  // words that follow 市民/业主/居民 as part of a noun (市民热线, 业主委员会, 居民小区, 群众满意度)
  '服务|热线|广场|卡|中心|文明|公约|满意|小区|楼|委员会|大会|代表|群|意见|权益|利益|生活|出行|用水|用电|安全|健康|普遍|强烈|纷纷|自发|一致|大量|部分|个人|自治|会',
].join('|');
const NAME_PATTERN = new RegExp(
  `(${INTRODUCERS})([：:]?\\s*)(?!${NOT_NAME}|${INTRODUCERS}|\\p{Script=Han}(?:${HONORIFICS}))([^\\P{Script=Han}某]{2,4}?)(?=${FOLLOWERS})`,
  'gu',
);

export type CitizenNameReplacers = {
  /** Replaces a name found after an introducer (`张三` in 市民张三反映). */
  name: (name: string) => string;
  /** Replaces the surname of a surname-plus-honorific (`张` in 张先生). */
  surname: (surname: string) => string;
};

/** `text` with every citizen-name pattern above replaced; the rest of the text unchanged. */
export function replaceCitizenNames(text: string, replace: CitizenNameReplacers): string {
  return text
    .replace(HONORIFIC_PATTERN, (s: string) => replace.surname(s))
    .replace(NAME_PATTERN, (_m, intro: string, sep: string, name: string) => intro + sep + replace.name(name));
}

/**
 * Citizens' names in free text masked as section 7 masks a name field (市民张三反映 →
 * 市民张*反映); a surname with an honorific (张先生) already shows no more than maskName would
 * and stays. Idempotent.
 */
export function maskCitizenNames(text: string): string {
  return replaceCitizenNames(text, { name: maskName, surname: (s) => s });
}
