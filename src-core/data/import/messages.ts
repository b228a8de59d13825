/**
 * The import's user-facing messages (row reasons, refusals, warnings): code → Chinese text, as
 * the CLI prints them and reports store them; an interface translates them by code.
 */
import { messageMaker } from '../../base/text/message';

export const IMPORT_MESSAGES = {
  'import.idEmpty': '工单编号为空',
  'import.acceptedEmpty': '受理时间为空',
  'import.badDateTime': '无法识别的日期时间，请使用 YYYY-MM-DD HH:mm:ss、YYYY/M/D H:mm、YYYY年M月D日 等格式',
  'import.badValue': '无法识别的值，可选：{values}',
  'import.notCount': '应为非负整数（0、1、2…）',
  'import.longNumber': '该单元格是超过 15 位的数字，表格已丢失末尾几位；请在原表中把该列设为文本后重新导出',
  'import.phoneRestored': '电话号码被表格存成了数字，已还原为 {phone}，请核对',
  'import.phoneLost': '电话号码被表格存成了科学计数法，位数已丢失，无法还原，已按原样保留；请在原表中把该列设为文本后重新导出',
  'import.eventTimeEmpty': '时间为空',
  'import.eventActionEmpty': '动作为空',
  'import.eventBadAction': '无法识别的动作，可选：{values}',
  'import.badMapping': '列「{column}」的对应关系「{mapping}」无效，已按表头自动识别',
  'import.sameKeyEarlier': '列「{column}」与前面的列对应同一字段，已作为附加列保留',
  'import.sameKeyOther': '列「{column}」与其他列对应同一字段，已作为附加列保留',
  'import.missingTicketColumns': '工单文件缺少必需的列：{columns}。请检查第 1 行表头（可用别名见说明），或在导入时指定列的对应关系。',
  'import.missingEventColumns': '流转记录文件缺少必需的列：{columns}。请检查第 1 行表头（可用别名见说明），或在导入时指定列的对应关系。',
  'import.unclosedQuote': '引号未闭合，本行未导入；其后的行已按不含引号重新读取，请检查本行的双引号',
  'import.tooManyFields': '本行超过 {max} 个字段，未导入；请检查分隔符',
  'import.fieldTooLongMiB': '字段超过 {size} MiB（常见原因是引号未闭合），本行未导入；请检查本行的双引号',
  'import.fieldTooLongChars': '字段超过 {size} 个字符（常见原因是引号未闭合），本行未导入；请检查本行的双引号',
  'import.moreWarnings': '另有 {count} 条警告未逐条列出',
  'import.emptyFile': '文件为空：没有表头行。请确认选择了正确的文件。',
  'import.readError': '读取文件时出错：{error}。请确认文件未损坏，或另存为 UTF-8 CSV 后重试。',
  'import.legacyOffice': '这是旧版 Excel（.xls）或其他 Office 二进制文件，无法直接读取。请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入。',
  'import.encodingSwitched': '文件开头像 UTF-8，但后面出现了非 UTF-8 字节，已从此处起按 GB18030 读取；如有乱码，请把文件另存为 UTF-8 后重新导入',
  'import.badHeader': '表头行无法读取（字段过长或引号未闭合）。请检查第 1 行。',
  'import.eventColumnsDropped': '流转记录只读取 工单编号、时间、动作、单位、目标单位、说明；未导入的列：{columns}',
  'import.titleRowsSkipped': '第 {rows} 行不是表头（像是标题），已跳过；表头在第 {header} 行',
  'import.unreadable': '无法读取该文件：{error}',
} as const;

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;

/** An import message by code, with its Chinese text. */
export const importMessage = messageMaker(IMPORT_MESSAGES);
