import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Cell } from '@core/data/import/index';
import { readXlsx, XlsxError } from '@core/data/xlsx/read-xlsx';
import { columnIndex } from '@core/data/xlsx/xml-sheet';
import { decodeXmlText } from '@core/data/xlsx/xml-scanner';
import { rng } from './helpers';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A package with hand-written sheet and shared-strings XML (no workbook: the fallback finds the sheet). */
function pkg(sheetXml: string, sst?: string, level = 6): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {
    'xl/worksheets/sheet1.xml': [strToU8(sheetXml), { level: level as 0 | 6 }],
  };
  if (sst !== undefined) files['xl/sharedStrings.xml'] = [strToU8(sst), { level: level as 0 | 6 }];
  return zipSync(files);
}

function rows(bytes: Uint8Array): [number, Cell[]][] {
  const out: [number, Cell[]][] = [];
  readXlsx(bytes, (cells, r) => { out.push([r, cells]); return true; });
  return out;
}

describe('worksheet XML', () => {
  it('decodes entities, numeric references and Excel _xHHHH_ escapes', () => {
    expect(decodeXmlText('a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#20013;&#x6587; _x000D_ _x005F_x0041_')).toBe('a <b> & "c" \'d\' 中文 \r _x0041_');
  });

  it('maps column letters to indexes', () => {
    expect(['A1', 'Z9', 'AA1', 'AZ3', 'XFD1', 'a1'].map(columnIndex)).toEqual([0, 25, 26, 51, 16383, 0]);
    expect(columnIndex('12')).toBe(-1);
  });

  it('joins rich-text runs, leaves out phonetic guides, handles prefixes, gaps, CDATA and stored entries', () => {
    const sst = `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:r><x:t>工单</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">编号 </x:t></x:r><x:rPh sb="0" eb="2"><x:t>こうたん</x:t></x:rPh></x:si><x:si><x:t/></x:si><x:si/><x:si><x:t><![CDATA[a<b]]></x:t></x:si></x:sst>`;
    const sheet = `<?xml version="1.0"?><!-- c --><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>3</x:v></x:c></x:row>
      <x:row r="2" spans="1:3"/>
      <x:row r="4"><x:c r="B4" t="inlineStr"><x:is><x:r><x:t>内</x:t></x:r><x:r><x:t>联</x:t></x:r></x:is></x:c><x:c r="C4" t="str"><x:f>A1&amp;"x"</x:f><x:v>公式结果</x:v></x:c></x:row>
      <x:row><x:c t="n"><x:v>1.5E3</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="d"><x:v>2024-03-01T08:00:00</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    for (const level of [0, 6]) {
      expect(rows(pkg(sheet, sst, level))).toEqual([
        [1, ['工单编号 ', '', 'a<b']],
        [4, ['', '内联', '公式结果']],
        [5, [1500, '', 'FALSE', '#DIV/0!', '2024-03-01T08:00:00']],
      ]);
    }
  });

  it('parses the same whatever the inflate slice boundaries (large sheet)', () => {
    const r = rng(3);
    const n = 3000;
    const body = Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>值&amp;${i}${'字'.repeat(Math.floor(r() * 50))}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('');
    const got = rows(pkg(`<worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`));
    expect(got).toHaveLength(n);
    expect(got[n - 1]![1][1]).toBe(n - 1);
    expect(String(got[1234]![1][0]).startsWith('值&1234')).toBe(true);
  });

  it('stops when asked and refuses XML that is cut off', () => {
    const body = Array.from({ length: 10 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    let seen = 0;
    readXlsx(pkg(`<worksheet ${NS}><sheetData>${body}</sheetData></worksheet>`), () => ++seen < 3);
    expect(seen).toBe(3);
    expect(() => rows(pkg(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t`))).toThrow(XlsxError);
    expect(() => rows(zipSync({ 'a.txt': strToU8('x') }))).toThrow(XlsxError);
  });
});
