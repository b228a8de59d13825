import type { Kind } from '../data/tickets/ticket';
import type { Leaf } from './categories';
import type { Rng } from './prng';

/**
 * 诉求内容 composed from templates: a kind-specific frame around the leaf's problem phrase,
 * the place and an optional detail. Several interchangeable parts keep two random tickets of
 * the same leaf and street apart, while planted near-duplicates reuse the same parts.
 */
const FRAMES: Readonly<Record<Kind, readonly string[]>> = {
  咨询: ['{w}询问{p}，{c}，{e}。', '{w}咨询：{p}。{c}，{e}。', '{w}想了解{p}的具体规定，{c}，{e}。', '{w}咨询{l}相关问题：{p}，{c}，{e}。'],
  求助: ['{w}反映：{a}{p}，{d}，希望尽快协调解决。', '{w}称{a}{p}，{d}，请相关部门帮助处理。', '{w}反映{a}{p}，{d}，希望有关部门尽快处理。', '{w}求助：{a}{p}，{d}，盼尽快解决。'],
  投诉: ['{w}投诉：{a}{p}，{d}，要求相关部门严肃处理。', '{w}投诉{a}{p}，{d}，希望尽快解决并给予答复。', '{w}强烈不满，反映{a}{p}，{d}，要求追责。'],
  举报: ['{w}举报：{a}{p}，请相关部门依法查处。', '{w}举报{a}{p}，{d}，希望执法部门核实处理。', '{w}实名举报{a}{p}，{d}，要求查处。'],
  建议: ['市民建议：针对{a}{p}的情况，建议相关部门加强管理。', '来电人提出建议，{l}方面{p}的问题较为突出，希望研究改进。'],
  表扬: ['{w}表扬{u}工作人员，此前反映的{l}问题{c2}，特此致谢。', '{w}来电对{u}表示感谢，{l}问题{c2}，{e2}。', '{w}称{u}在处理{l}问题时{c2}，{e2}。'],
  其他: ['{w}反映：{a}{p}，{d}，请相关部门关注。', '{w}称{a}{p}，希望得到帮助。'],
};

/** Frames for policy leaves when the caller is not simply asking (求助, 投诉, 举报, 其他). */
const POLICY_FRAMES: readonly string[] = [
  '{w}反映在办理{l}相关事项时遇到困难（{p}），{c}，{e}。',
  '{w}反映{p}方面的问题迟迟得不到落实，{c}，{e}。',
  '{w}称就{p}多次咨询未获明确答复，{c}，{e}。',
];

/**
 * Who asks, their situation and what they want: policy questions carry no place, so these
 * keep two callers with the same question from reading as near-duplicates (DOMAIN.md R6).
 */
const WHO = ['来电人', '市民', '一位老人', '一名外地务工人员', '一位家长', '一名退休职工', '一位年轻人', '来电人家属', '一名个体户', '一名在校学生', '一位孕妇家属', '一名企业职工'];
const SITUATIONS = [
  '称自己刚来本市工作', '表示家中老人行动不便', '称已在网上查询但看不明白', '称不同窗口的说法不一致', '表示孩子即将毕业',
  '称下个月就要办理', '表示此前从未办理过', '称相关材料已经准备好', '表示自己是灵活就业人员', '称在外地工作不方便回来',
  '称户籍不在本区', '表示政策调整后不清楚新规定', '称电话一直打不通', '表示单位无法出具证明', '称已经等待了两个月', '表示家庭经济比较困难',
];
/** What praise says about the handling, and how thanks are expressed (keeps praise calls apart). */
const PRAISE = ['得到妥善解决', '当天就有人上门处理', '工作人员耐心细致', '多次回访跟进', '协调多个部门很快办好', '处理及时且态度热情', '周末加班完成整改', '专门留了联系电话随时沟通'];
const THANKS = ['希望转达谢意', '希望给予表扬', '特别致电感谢', '为工作人员点赞', '希望在单位内部通报表扬', '表示非常满意'];
const WANTS = ['希望给予解答', '请相关部门答复', '希望告知办理地点和时间', '希望告知所需材料', '请告知办理渠道', '希望尽快回复', '请给予政策解释', '希望告知咨询电话'];

const DETAILS = [
  '已持续一周', '已持续多日', '多次反映未果', '影响居民正常生活', '存在安全隐患', '老人孩子深受其扰',
  '周边居民意见很大', '此前已向有关方面反映但无人处理', '给出行带来不便', '严重影响休息', '问题反复出现', '至今没有答复',
];

/** Pieces of a content sentence; kept so that planted near-duplicates can reuse them. */
export type ContentParts = { frame: number; phrase: number; detail: number; who: number; situation: number; want: number };

export function drawContentParts(rng: Rng, leaf: Leaf): ContentParts {
  return {
    frame: rng.int(0, 11), phrase: rng.int(0, leaf.phrases.length - 1), detail: rng.int(0, DETAILS.length - 1),
    who: rng.int(0, WHO.length - 1), situation: rng.int(0, SITUATIONS.length - 1), want: rng.int(0, WANTS.length - 1),
  };
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
    .replace('{u}', unit || '热线中心')
    .replace('{w}', WHO[parts.who % WHO.length]!)
    .replace('{c}', SITUATIONS[parts.situation % SITUATIONS.length]!)
    .replace('{e}', WANTS[parts.want % WANTS.length]!)
    .replace('{c2}', PRAISE[parts.situation % PRAISE.length]!)
    .replace('{e2}', THANKS[parts.want % THANKS.length]!);
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
