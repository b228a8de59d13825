/** The XLSX reader's user-facing messages (why a workbook cannot be read): code → Chinese text. */
import { messageMaker } from '../../base/text/message';

export const XLSX_MESSAGES = {
  'xlsx.corrupt': 'XLSX 文件已损坏或不完整（可能下载或复制时被截断），无法读取。请在 Excel 中打开并重新保存，或另存为 CSV 后再导入。',
  'xlsx.zip64': '该 XLSX 文件使用了 ZIP64 格式（超过 4 GB），暂不支持。请拆分文件或另存为 CSV 后再导入。',
  'xlsx.compression': 'XLSX 文件使用了不支持的压缩方式（{method}）。请在 Excel 中重新保存后再导入。',
  'xlsx.notExcel': '这是 Word 或 PowerPoint 文件，不是 Excel 表格。请选择工单的 .xlsx 或 CSV 文件。',
  'xlsx.noSheet': '该 XLSX 文件中没有工作表。请确认文件内容后重新导出。',
  'xlsx.badXml': 'XLSX 文件中的 XML 结构异常（标签过长或未闭合），无法读取。请在 Excel 中重新保存后再导入。',
  'xlsx.truncatedXml': 'XLSX 文件中的 XML 不完整，无法读取。请在 Excel 中重新保存后再导入。',
  'xlsx.encrypted': '工作簿已加密（设置了打开密码），请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入',
  'xlsx.skippedHidden': '工作簿的第一个工作表「{skipped}」是隐藏的，已读取第一个可见的工作表「{sheet}」；如需导入其他表，请在 Excel/WPS 中把它移到最前面并取消隐藏后另存',
  'xlsx.skippedChart': '工作簿的第一个表「{skipped}」是图表，已读取第一个工作表「{sheet}」；如需导入其他表，请在 Excel/WPS 中把它移到最前面后另存',
  'xlsx.skippedOther': '工作簿的第一个表「{skipped}」不是数据工作表，已读取第一个工作表「{sheet}」；如需导入其他表，请在 Excel/WPS 中把它移到最前面后另存',
} as const;

export const xlsxMessage = messageMaker(XLSX_MESSAGES);
