import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeFormula, FORMULA_TRIGGERS, needsFormulaEscape, safeSheetValue } from '@core/data/export/formula-escape';

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+86 138', "'+86 138"],
    ['-1+2', "'-1+2"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['=HYPERLINK("http://x","点我")', '\'=HYPERLINK("http://x","点我")'],
  ])('prefixes %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
    expect(needsFormulaEscape(input)).toBe(true);
  });

  it.each(['', '工单', 'a=b', ' =1', '1-2', "'=already", '１２３', '\n=1'])('leaves %j alone', (input) => {
    expect(escapeFormula(input)).toBe(input);
    expect(needsFormulaEscape(input)).toBe(false);
  });

  it('escaped text never starts with a trigger and keeps the original after the quote', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeFormula(s);
        expect(FORMULA_TRIGGERS.includes(e[0] ?? '')).toBe(false);
        expect(e === s || e === `'${s}`).toBe(true);
      }),
    );
  });
});

describe('safeSheetValue (XLSX cells)', () => {
  it('keeps numbers, negative ones included, as numbers', () => {
    expect(safeSheetValue(-3)).toBe(-3);
    expect(safeSheetValue(0)).toBe(0);
    expect(safeSheetValue(2.5)).toBe(2.5);
  });
  it('turns non-finite numbers and null into empty cells', () => {
    expect(safeSheetValue(NaN)).toBeNull();
    expect(safeSheetValue(-Infinity)).toBeNull();
    expect(safeSheetValue(null)).toBeNull();
  });
  it('escapes text, text that looks like a negative number included', () => {
    expect(safeSheetValue('-3')).toBe("'-3");
    expect(safeSheetValue('=1+1')).toBe("'=1+1");
    expect(safeSheetValue('正常')).toBe('正常');
  });
});
