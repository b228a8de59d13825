import type { Kind } from '../tickets/ticket';
import type { Leaf } from './categories';
import type { Rng } from './prng';

/**
 * 诉求内容 composed from templates: a kind-specific frame around the leaf's problem phrase,
 * the place and an optional detail. Several interchangeable parts keep two random tickets of
 * the same leaf and street apart, while planted near-duplicates reuse the same parts.
 */
const FRAMES: Readonly<Record<Kind, readonly string[]>> = {
  咨询: ['来电人咨询：{p}。', '市民来电咨询{p}，希望给予解答。', '来电人想了解{p}的具体规定，请相关部门答复。', '市民咨询{l}相关问题：{p}，应找哪个部门办理？'],
  求助: ['来电人反映：{a}{p}，{d}，希望尽快协调解决。', '市民来电称{a}{p}，{d}，请相关部门帮助处理。', '来电人反映{a}{p}，{d}，希望有关部门尽快处理。', '市民求助：{a}{p}，{d}，盼尽快解决。'],
  投诉: ['来电人投诉：{a}{p}，{d}，要求相关部门严肃处理。', '市民投诉{a}{p}，{d}，希望尽快解决并给予答复。', '来电人强烈不满，反映{a}{p}，{d}，要求追责。'],
  举报: ['来电人举报：{a}{p}，请相关部门依法查处。', '市民举报{a}{p}，{d}，希望执法部门核实处理。', '来电人实名举报{a}{p}，{d}，要求查处。'],
  建议: ['市民建议：针对{a}{p}的情况，建议相关部门加强管理。', '来电人提出建议，{l}方面{p}的问题较为突出，希望研究改进。'],
  表扬: ['来电人表扬{u}工作人员，此前反映的{l}问题得到妥善解决，特此致谢。', '市民来电对{u}表示感谢，{l}问题办理及时、态度热情。'],
  其他: ['来电人反映：{a}{p}，{d}，请相关部门关注。', '市民来电称{a}{p}，希望得到帮助。'],
};

/** Frames for policy leaves when the caller is not simply asking (求助, 投诉, 举报, 其他). */
const POLICY_FRAMES: readonly string[] = [
  '来电人反映在办理{l}相关事项时遇到困难（{p}），希望相关部门给予帮助。',
  '市民反映{p}方面的问题迟迟得不到落实，要求相关部门尽快答复。',
  '来电人称就{p}多次咨询未获明确答复，希望给予解决。',
];

const DETAILS = [
  '已持续一周', '已持续多日', '多次反映未果', '影响居民正常生活', '存在安全隐患', '老人孩子深受其扰',
  '周边居民意见很大', '此前已向有关方面反映但无人处理', '给出行带来不便', '严重影响休息', '问题反复出现', '至今没有答复',
];

/** Pieces of a content sentence; kept so that planted near-duplicates can reuse them. */
export type ContentParts = { frame: number; phrase: number; detail: number };

export function drawContentParts(rng: Rng, kind: Kind, leaf: Leaf): ContentParts {
  return { frame: rng.int(0, FRAMES[kind].length - 1), phrase: rng.int(0, leaf.phrases.length - 1), detail: rng.int(0, DETAILS.length - 1) };
}

/** The sentence for `parts`, with `place` (may be '') and the handling unit for praise. */
export function composeContent(kind: Kind, leaf: Leaf, parts: ContentParts, place: string, unit: string): string {
  const frames = leaf.nature === 'p' && kind !== '咨询' && kind !== '建议' && kind !== '表扬' ? POLICY_FRAMES : FRAMES[kind];
  const frame = frames[parts.frame % frames.length]!;
  return frame
    .replace('{a}', place)
    .replace('{p}', leaf.phrases[parts.phrase % leaf.phrases.length]!)
    .replace('{d}', DETAILS[parts.detail % DETAILS.length]!)
    .replace('{l}', leaf.name)
    .replace('{u}', unit || '热线中心');
}

const REPLY_SOLVED: Readonly<Record<Leaf['nature'], readonly string[]>> = {
  p: ['已电话联系来电人，详细解答了相关政策和办理流程，来电人表示清楚。', '已向来电人告知办理条件、所需材料及办理地点，来电人表示认可。'],
  s: ['经现场核实，已协调相关责任方处理完毕，问题已解决。', '已安排工作人员现场处置，{l}问题已整改到位，已向来电人反馈。'],
  n: ['经调查核实，已约谈相关责任方并督促整改，问题已解决。', '已组织双方协调，达成一致意见，来电人表示认可。'],
  v: ['经调查核实情况属实，已依法责令整改并跟踪复查。', '已会同执法部门现场检查，对违法行为依法处理。'],
};
const REPLY_UNSOLVED = [
  '经核实，该问题涉及历史遗留原因，暂时无法解决，已向来电人做好解释工作。',
  '诉求超出本单位职责范围，已告知来电人通过其他途径解决。',
  '已转交相关部门处理，正在持续跟进，暂未解决。',
  '经多次协调双方未达成一致，已告知来电人可通过法律途径维权。',
];

/** 办理结果 text for a close; `solved` says whether the unit actually solved the problem. */
export function composeReply(rng: Rng, leaf: Leaf, solved: boolean): string {
  return solved ? rng.pick(REPLY_SOLVED[leaf.nature]).replace('{l}', leaf.name) : rng.pick(REPLY_UNSOLVED);
}

/** Reasons a unit gives for 退单. */
export const REJECT_REASONS = ['非本单位职责，请重新派单', '属地不符，应由其他单位办理', '诉求涉及多个部门，建议改派主责单位', '经核实不属于本单位管辖范围'];
