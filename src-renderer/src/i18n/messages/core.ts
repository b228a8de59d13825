/**
 * src-core's user-facing messages (import reasons, refusals and warnings, XLSX problems, rule
 * validation) by code, as `core.<code>`. zh-CN is the core's own Chinese text, so a message
 * reads the same in the app as in the CLI; English is written here.
 */
import { ASSESS_RULE_MESSAGES } from '@core/assess/rule-messages';
import { CHRONIC_RULE_MESSAGES } from '@core/chronic/rule-set';
import { IMPORT_MESSAGES } from '@core/data/import/messages';
import { XLSX_MESSAGES } from '@core/data/xlsx/messages';

/** Every core message template by code. */
export const CORE_MESSAGES = { ...IMPORT_MESSAGES, ...XLSX_MESSAGES, ...ASSESS_RULE_MESSAGES, ...CHRONIC_RULE_MESSAGES } as const;
export type CoreMessageCode = keyof typeof CORE_MESSAGES;

type Prefixed<T> = { readonly [K in keyof T & string as `core.${K}`]: T[K] };

function prefixed<T extends Record<string, string>>(templates: T): Prefixed<T> {
  return Object.fromEntries(Object.entries(templates).map(([k, v]) => [`core.${k}`, v])) as Prefixed<T>;
}

export const coreZh = prefixed(CORE_MESSAGES);

export const coreEn: Record<keyof typeof coreZh, string> = {
  'core.import.idEmpty': 'The ticket number is empty',
  'core.import.acceptedEmpty': 'The accepted time is empty',
  'core.import.badDateTime': 'Unrecognised date and time; use YYYY-MM-DD HH:mm:ss, YYYY/M/D H:mm or a similar format',
  'core.import.badValue': 'Unrecognised value; allowed: {values}',
  'core.import.notCount': 'Must be a whole number of 0 or more (0, 1, 2…)',
  'core.import.longNumber': 'This cell is a number of more than 15 digits and the spreadsheet has lost its last digits; set the column to text in the original sheet and export again',
  'core.import.phoneRestored': 'The phone number was stored as a number by the spreadsheet; restored as {phone}, please check',
  'core.import.phoneLost': 'The phone number was stored in scientific notation and its digits are lost; kept as written. Set the column to text in the original sheet and export again',
  'core.import.eventTimeEmpty': 'The time is empty',
  'core.import.eventActionEmpty': 'The action is empty',
  'core.import.eventBadAction': 'Unrecognised action; allowed: {values}',
  'core.import.badMapping': 'The mapping "{mapping}" of column "{column}" is not valid; the header was matched automatically',
  'core.import.sameKeyEarlier': 'Column "{column}" maps to the same field as an earlier column; kept as an extra column',
  'core.import.sameKeyOther': 'Column "{column}" maps to the same field as another column; kept as an extra column',
  'core.import.missingTicketColumns': 'The ticket file lacks required columns: {columns}. Check the header in row 1 (accepted aliases are in the guide), or choose the column mapping when importing.',
  'core.import.missingEventColumns': 'The flow event file lacks required columns: {columns}. Check the header in row 1 (accepted aliases are in the guide), or choose the column mapping when importing.',
  'core.import.unclosedQuote': 'Unclosed quote: this row was not imported and the rows after it were read again without the quote; check the double quotes of this row',
  'core.import.tooManyFields': 'This row has more than {max} fields and was not imported; check the delimiter',
  'core.import.fieldTooLongMiB': 'A field is longer than {size} MiB (usually an unclosed quote); this row was not imported, check its double quotes',
  'core.import.fieldTooLongChars': 'A field is longer than {size} characters (usually an unclosed quote); this row was not imported, check its double quotes',
  'core.import.moreWarnings': '{count} more warnings not listed',
  'core.import.emptyFile': 'The file is empty: there is no header row. Check that you chose the right file.',
  'core.import.readError': 'Reading the file failed: {error}. Check that the file is not damaged, or save it as UTF-8 CSV and try again.',
  'core.import.legacyOffice': 'This is an old Excel (.xls) or other Office binary file, which cannot be read directly. Save it as .xlsx or CSV (UTF-8) in Excel and import that.',
  'core.import.encodingSwitched': 'The file starts like UTF-8 but has non-UTF-8 bytes later; read as GB18030 from here on. If text looks garbled, save the file as UTF-8 and import again',
  'core.import.badHeader': 'The header row cannot be read (a field too long or an unclosed quote). Check row 1.',
  'core.import.eventColumnsDropped': 'Flow event files are read for ticket number, time, action, unit, target unit and note only; columns not imported: {columns}',
  'core.import.titleRowsSkipped': 'Row {rows} is not a header (it looks like a title) and was skipped; the header is in row {header}',
  'core.import.unreadable': 'The file cannot be read: {error}',

  'core.xlsx.corrupt': 'The XLSX file is damaged or incomplete (perhaps cut off while downloading or copying). Open it in Excel and save it again, or save it as CSV, then import.',
  'core.xlsx.zip64': 'This XLSX file uses the ZIP64 format (over 4 GB), which is not supported. Split the file or save it as CSV, then import.',
  'core.xlsx.compression': 'The XLSX file uses an unsupported compression method ({method}). Save it again in Excel, then import.',
  'core.xlsx.notExcel': 'This is a Word or PowerPoint file, not an Excel sheet. Choose the tickets\' .xlsx or CSV file.',
  'core.xlsx.noSheet': 'This XLSX file has no worksheet. Check its content and export it again.',
  'core.xlsx.badXml': 'The XML inside the XLSX file is malformed (a tag too long or not closed). Save it again in Excel, then import.',
  'core.xlsx.truncatedXml': 'The XML inside the XLSX file is incomplete. Save it again in Excel, then import.',
  'core.xlsx.encrypted': 'The workbook is encrypted (it has an open password). Remove the password in Excel/WPS, save it as .xlsx again, then import.',
  'core.xlsx.skippedHidden': 'The workbook\'s first sheet "{skipped}" is hidden; the first visible worksheet "{sheet}" was read. To import another sheet, move it to the front and unhide it in Excel/WPS, then save.',
  'core.xlsx.skippedChart': 'The workbook\'s first sheet "{skipped}" is a chart; the first worksheet "{sheet}" was read. To import another sheet, move it to the front in Excel/WPS, then save.',
  'core.xlsx.skippedOther': 'The workbook\'s first sheet "{skipped}" is not a data worksheet; the first worksheet "{sheet}" was read. To import another sheet, move it to the front in Excel/WPS, then save.',

  'core.rules.notObject': 'Rules must be a JSON object, e.g. {"minEvaluated": 30}',
  'core.rules.unknownField': 'Unknown field "{field}"; known fields: {fields}',
  'core.rules.nameEmpty': 'The rule name (name) must not be empty',
  'core.rules.noIndicators': 'The indicator list (indicators) needs at least one indicator',
  'core.rules.unknownIndicator': 'Unknown indicator "{value}"; known indicators: {rates}',
  'core.rules.duplicateIndicator': 'The indicator list (indicators) repeats an indicator',
  'core.rules.basesMissing': 'The bases (bases) must give dispatched or evaluated for every indicator',
  'core.rules.basesUnknown': 'The bases (bases) name an unknown indicator "{value}"; known indicators: {rates}',
  'core.rules.badBase': 'The basis of "{rate}" must be dispatched or evaluated; it is {value}',
  'core.rules.noSatisfied': 'Satisfied values (satisfiedValues) need at least one of: {values}',
  'core.rules.badSatisfied': 'Satisfied value "{value}" is not valid; allowed: {values}',
  'core.rules.scoreMissing': 'The score (score) needs scale and terms',
  'core.rules.badScale': 'The full score (score.scale) must be a positive number, e.g. 100',
  'core.rules.noTerms': 'The score needs at least one weighted indicator (score.terms)',
  'core.rules.termNotObject': 'Weight {n} must be an object {"rate": indicator, "weight": weight}',
  'core.rules.termUnknownRate': 'Weight {n} names an unknown indicator "{value}"; known indicators: {rates}',
  'core.rules.termDuplicateRate': '"{rate}" appears twice in the score; merge its weights',
  'core.rules.termBadWeight': 'Weight {n} must be a number greater than 0',
  'core.rules.termBadInvert': 'The invert of weight {n} must be true or false',
  'core.rules.termUnknownField': 'Weight {n} has an unknown field "{field}"',
  'core.rules.weightSum': 'The weights must add up to 1 (they add up to {sum}); adjust them',
  'core.rules.badMinEvaluated': 'The minimum sample (minEvaluated) must be a whole number of 0 or more; the default is 30',
  'core.rules.badRecurrenceDays': 'The recurrence window (recurrenceDays) must be a positive whole number; the default is 30',
  'core.rules.badListSize': 'The red/black list size (listSize) must be a whole number of 0 or more',
  'core.rules.groupingsNotList': 'The ranked groupings (rankedGroupings) must be a list of unit, district, street',
  'core.rules.badGrouping': 'Grouping "{value}" cannot be ranked; choose unit, district or street',
  'core.rules.noTiers': 'Unit tiers (unitTiers) need at least one tier, and each unit type ({types}) belongs to exactly one',
  'core.rules.badTier': 'Each unit tier must be {"name": name, "types": [unit types…]}',
  'core.rules.duplicateTier': 'The unit tier name "{tier}" is used twice',
  'core.rules.badTierType': 'Tier "{tier}" has an invalid unit type "{value}"; allowed: {types}',
  'core.rules.typeInTwoTiers': 'Unit type "{type}" is in both tier "{first}" and tier "{tier}"; keep only one',
  'core.rules.typesWithoutTier': 'Unit types {types} are in no tier; add them to one',
  'core.rules.fileNotObject': 'The rule file must be a JSON object',
  'core.rules.idEmpty': 'The rule set id (id) must not be empty',
  'core.rules.badVersion': 'The rule set version (version) must be a positive whole number',
  'core.rules.shaMismatch': 'The rule set sha256 does not match its content (the file says {given}, the content gives {actual}); the rules may have been altered',

  'core.chronicRules.positiveInteger': '{field} must be a positive whole number (it is {value})',
  'core.chronicRules.nonNegative': '{field} must be a number of 0 or more (it is {value})',
  'core.chronicRules.threshold': 'The R6 similarity threshold must be above 0 and at most 1 (it is {value})',
};
