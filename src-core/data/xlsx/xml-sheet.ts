/** Rows of a worksheet (xl/worksheets/sheetN.xml), read as the XML streams in. */
import type { Cell } from '../import/types';
import { attrQuick, decodeXmlText, indexWithin, type XmlHandler } from './xml-scanner';

/** Columns beyond XFD (Excel's last) are ignored. */
const MAX_COLS = 16_384;

/** 0-based column index of a cell reference like `AB12`, or -1 without letters. */
export function columnIndex(ref: string): number {
  let n = 0, k = 0;
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k) | 0x20; // lower-case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
    if (n > MAX_COLS) return MAX_COLS;
  }
  return k === 0 ? -1 : n - 1;
}

/** Column index of the reference starting at s[i] (letters, up to `to`), or -1. */
function columnAt(s: string, i: number, to: number): number {
  let n = 0, k = i;
  for (; k < to; k++) {
    const c = s.charCodeAt(k) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
    if (n > MAX_COLS) return MAX_COLS;
  }
  return k === i ? -1 : n - 1;
}

/** Receives each row that holds at least one value: its cells (gaps are '') and its 1-based number. Return false to stop. */
export type RowSink = (cells: Cell[], row: number) => boolean;

/**
 * Cell values: shared strings (t="s") by index, inline strings (t="inlineStr", `<is>` runs),
 * formula strings (t="str"), booleans (t="b") as TRUE/FALSE, errors (t="e") and ISO dates
 * (t="d") as their text, numbers as numbers. Row and column positions come from the `r`
 * attributes, or follow the previous ones when absent. Rows without any value are skipped.
 */
export class SheetHandler implements XmlHandler {
  stopped = false;
  private row = 0;
  private cells: Cell[] = [];
  private hasValue = false;
  private inRow = false;
  private col = -1;
  private type = 'n';
  private inCell = false;
  private inV = false;
  private inIs = false;
  private inT = false;
  private inRph = false;
  private v = '';
  private t = '';
  private gotV = false;
  private gotT = false;

  constructor(private readonly shared: readonly string[], private readonly sink: RowSink) {}

  open(name: string, src: string, from: number, to: number, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = attrQuick(src, from, to, ' r="', 'r');
        const n = r === null ? NaN : parseInt(r, 10);
        this.row = Number.isFinite(n) && n > 0 ? n : this.row + 1;
        this.cells = [];
        this.hasValue = false;
        this.col = -1;
        this.inRow = true;
        if (selfClosing) this.endRow();
        break;
      }
      case 'c': {
        if (!this.inRow) break;
        // The hot path of the whole reader: positions are read in place, without slicing.
        const ri = indexWithin(src, ' r="', from, to);
        let ci: number;
        if (ri >= 0) ci = columnAt(src, ri + 4, to);
        else {
          const r = attrQuick(src, from, to, ' r="', 'r');
          ci = r === null ? -1 : columnIndex(r);
        }
        this.col = ci >= 0 ? ci : this.col + 1;
        const ti = indexWithin(src, ' t="', from, to);
        if (ti >= 0) this.type = src.charCodeAt(ti + 4) === 115 && src.charCodeAt(ti + 5) === 34 ? 's' : attrQuick(src, from, to, ' t="', 't') ?? 'n';
        else this.type = indexWithin(src, 't', from, to) < 0 ? 'n' : attrQuick(src, from, to, ' t="', 't') ?? 'n';
        this.v = '';
        this.t = '';
        this.gotV = false;
        this.gotT = false;
        this.inCell = !selfClosing;
        break;
      }
      case 'v':
        if (this.inCell && !selfClosing) { this.inV = true; this.gotV = true; }
        break;
      case 'is':
        if (this.inCell && !selfClosing) this.inIs = true;
        break;
      case 'rPh':
        this.inRph = !selfClosing;
        break;
      case 't':
        if (this.inIs && !this.inRph) { this.gotT = true; if (!selfClosing) this.inT = true; }
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v': this.inV = false; break;
      case 't': this.inT = false; break;
      case 'rPh': this.inRph = false; break;
      case 'is': this.inIs = false; break;
      case 'c':
        if (this.inCell) this.endCell();
        this.inCell = false;
        break;
      case 'row':
        if (this.inRow) this.endRow();
        break;
    }
  }

  text(raw: string): void {
    if (this.inV) this.v += raw;
    else this.t += raw;
  }

  wantText(): boolean {
    return this.inV || this.inT;
  }

  private endCell(): void {
    const col = this.col;
    if (col < 0 || col >= MAX_COLS) return;
    let value: Cell;
    switch (this.type) {
      case 's': {
        if (!this.gotV) return;
        const i = parseInt(this.v, 10);
        value = this.shared[i] ?? '';
        break;
      }
      case 'inlineStr':
        if (!this.gotT && !this.gotV) return;
        value = decodeXmlText(this.gotT ? this.t : this.v);
        break;
      case 'b':
        if (!this.gotV) return;
        value = this.v.trim() === '1' ? 'TRUE' : 'FALSE';
        break;
      case 'str': case 'e': case 'd':
        if (!this.gotV) return;
        value = decodeXmlText(this.v);
        break;
      default: {
        if (!this.gotV) return;
        const text = this.v.trim();
        const n = text === '' ? NaN : Number(text);
        value = Number.isFinite(n) ? n : decodeXmlText(this.v);
      }
    }
    const cells = this.cells;
    while (cells.length < col) cells.push('');
    cells[col] = value;
    if (value !== '') this.hasValue = true;
  }

  private endRow(): void {
    this.inRow = false;
    if (!this.hasValue || this.stopped) return;
    if (this.sink(this.cells, this.row) === false) this.stopped = true;
  }
}
