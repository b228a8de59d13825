/**
 * Messages of assessment rule validation: code → Chinese text (what to fix), as the CLI prints
 * them; the app's rule editor translates them by code. `{rate}` is the Chinese rate name and
 * `{rateId}` its code name, so another language can name the rate itself.
 */
import { messageMaker } from '../base/text/message';

export const ASSESS_RULE_MESSAGES = {
  'rules.notObject': '规则必须是一个 JSON 对象，例如 {"minEvaluated": 30}',
  'rules.unknownField': '未知字段「{field}」，可用字段：{fields}',
  'rules.nameEmpty': '规则名称（name）不能为空',
  'rules.noIndicators': '指标列表（indicators）至少要有一个指标',
  'rules.unknownIndicator': '未知指标「{value}」，可用指标：{rates}',
  'rules.duplicateIndicator': '指标列表（indicators）中有重复的指标',
  'rules.basesMissing': '口径（bases）必须为每个指标给出 dispatched（派单量）或 evaluated（参评量）',
  'rules.basesUnknown': '口径（bases）中有未知指标「{value}」，可用指标：{rates}',
  'rules.badBase': '指标「{rate}」的口径须为 dispatched（派单量）或 evaluated（参评量），当前为 {value}',
  'rules.noSatisfied': '满意取值（satisfiedValues）至少要有一个，可选：{values}',
  'rules.badSatisfied': '满意取值「{value}」无效，可选：{values}',
  'rules.scoreMissing': '综合得分（score）须包含 scale 和 terms',
  'rules.badScale': '得分满分（score.scale）须为正数，例如 100',
  'rules.noTerms': '综合得分至少要有一个指标权重（score.terms）',
  'rules.termNotObject': '第 {n} 个权重项须为对象 {"rate": 指标, "weight": 权重}',
  'rules.termUnknownRate': '第 {n} 个权重项的指标「{value}」未知，可用指标：{rates}',
  'rules.termDuplicateRate': '指标「{rate}」在综合得分中出现了两次，请合并权重',
  'rules.termBadWeight': '第 {n} 个权重项的权重须为大于 0 的数',
  'rules.termBadInvert': '第 {n} 个权重项的 invert 须为 true 或 false',
  'rules.termUnknownField': '第 {n} 个权重项有未知字段「{field}」',
  'rules.weightSum': '各指标权重之和须为 1（当前为 {sum}），请调整权重',
  'rules.badMinEvaluated': '最小样本量（minEvaluated）须为不小于 0 的整数，默认 30',
  'rules.badRecurrenceDays': '复发观察天数（recurrenceDays）须为正整数，默认 30',
  'rules.badListSize': '红黑榜人数（listSize）须为不小于 0 的整数',
  'rules.groupingsNotList': '参与排名的分组（rankedGroupings）须为列表，可选 unit、district、street',
  'rules.badGrouping': '分组「{value}」不能排名，可选 unit（承办单位）、district（区）、street（街道）',
  'rules.noTiers': '单位分档（unitTiers）至少要有一档，且每种单位类型（{types}）恰好属于一档',
  'rules.badTier': '每个单位分档须为 {"name": 名称, "types": [单位类型…]}',
  'rules.duplicateTier': '单位分档名称「{tier}」重复',
  'rules.badTierType': '分档「{tier}」中的单位类型「{value}」无效，可选：{types}',
  'rules.typeInTwoTiers': '单位类型「{type}」同时属于分档「{first}」和「{tier}」，请只保留一个',
  'rules.typesWithoutTier': '单位类型 {types} 不属于任何分档，请把它们加入某一档',
  'rules.fileNotObject': '规则文件须为 JSON 对象',
  'rules.idEmpty': '规则集编号（id）不能为空',
  'rules.badVersion': '规则集版本（version）须为正整数',
  'rules.shaMismatch': '规则集 sha256 与内容不符（文件写的是 {given}，按内容计算为 {actual}），规则可能被改动过',
} as const;

export const ruleMessage = messageMaker(ASSESS_RULE_MESSAGES);
