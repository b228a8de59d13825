/** The shared string table (xl/sharedStrings.xml) of an XLSX file. */
import { decodeXmlText, type XmlHandler } from './xml-scanner';

/**
 * Collects the text of each `<si>`: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
 * Feed it to an XmlScanner; `strings` holds the table.
 */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: string[] = [];
  private inSi = false;
  private inT = false;
  private inRph = false;
  private cur = '';

  open(name: string, _src: string, _from: number, _to: number, selfClosing: boolean): void {
    if (name === 'si') {
      if (selfClosing) this.strings.push('');
      else { this.inSi = true; this.cur = ''; }
    } else if (name === 'rPh') this.inRph = !selfClosing;
    else if (name === 't' && this.inSi && !this.inRph && !selfClosing) this.inT = true;
  }

  close(name: string): void {
    if (name === 't') this.inT = false;
    else if (name === 'rPh') this.inRph = false;
    else if (name === 'si' && this.inSi) {
      this.strings.push(decodeXmlText(this.cur));
      this.inSi = false;
      this.cur = '';
    }
  }

  text(raw: string): void {
    this.cur += raw;
  }

  wantText(): boolean {
    return this.inT;
  }
}
