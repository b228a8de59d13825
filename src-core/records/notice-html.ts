/**
 * The HTML and CSS of a 通报 in 公文 layout (GB/T 9704-2012 党政机关公文格式, DOMAIN.md section 11),
 * as one self-contained string: the same template for the desktop app (printToPDF), the browser
 * build (print) and the CLI (headless Chromium to PDF). Pure string output, no DOM.
 *
 * Page numbers are CSS paged-media margin boxes (`@page :right { @bottom-right }` and
 * `@page :left { @bottom-left }`, Chromium 131 and later), so every way of printing the page gets
 * them without a header/footer template: odd pages right, even pages left, one character in from
 * the type area's edge, as GB/T 9704 places them. Print with the page's CSS size
 * (`preferCSSPageSize`) and without the browser's own header and footer.
 */
import type { NoticeContent, NoticeItem } from './notice-model';
import { itemOrdinal } from './notice-model';

/** Page geometry of GB/T 9704-2012 in millimetres: A4, type area 156 × 225 at top 37, left 28. */
export const NOTICE_PAGE = {
  widthMm: 210, heightMm: 297,
  marginTopMm: 37, marginLeftMm: 28, marginRightMm: 26, marginBottomMm: 35,
  areaWidthMm: 156, areaHeightMm: 225,
  /** 3号 body type, 22 lines of 28 characters per page. */
  bodyPt: 16, linesPerPage: 22, charsPerLine: 28,
  /** 2号 title, 4号 page numbers and 版记. */
  titlePt: 22, pageNumberPt: 14,
} as const;

/** The faces that stand in for the official ones, as the document states it. */
export const FONT_SUBSTITUTION =
  '字体说明：正文仿宋以 Noto Serif CJK SC 代替，发文机关标志和标题的小标宋、层次标题的黑体以 Noto Sans CJK SC Bold 代替（GB/T 9704-2012 规定的字体未随软件提供）。';
/** The short form in the document's title (the PDF's Title property). */
export const FONT_SUBSTITUTION_SHORT = '字体：Noto Serif CJK SC 代仿宋，Noto Sans CJK SC Bold 代小标宋、黑体';

export type NoticeHtmlOptions = {
  /**
   * URLs of font files to use when the faces are not installed (the app passes its bundled
   * files); installed Noto CJK fonts are always tried first.
   */
  fontUrls?: { serif?: string; sansBold?: string };
};

const RED = '#e60012';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of a text in character cells: CJK and full-width 1, ASCII ½ (for sizing the mark). */
function cells(s: string): number {
  let n = 0;
  for (const ch of s) n += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return n;
}

/**
 * Size of the 发文机关标志 in mm: as large as 14 mm (about 40 pt), smaller when the name would
 * not fit in 150 mm of the type area's 156.
 */
export function markSizeMm(mark: string): number {
  return Math.round(Math.min(14, 150 / Math.max(1, cells(mark))) * 100) / 100;
}

function fontFace(family: string, locals: readonly string[], url: string | undefined, weight: number): string {
  const src = [...locals.map((l) => `local("${l}")`), ...(url ? [`url("${esc(url)}")`] : [])].join(', ');
  return `@font-face { font-family: "${family}"; src: ${src}; font-weight: ${weight}; }`;
}

function css(content: NoticeContent, options: NoticeHtmlOptions): string {
  const P = NOTICE_PAGE;
  const pageNumber = `content: "— " counter(page) " —"; font-family: "DubanSerif", serif; font-size: ${P.pageNumberPt}pt;
      vertical-align: top; padding-top: 7mm; color: #000;`;
  return `
${fontFace('DubanSerif', ['Noto Serif CJK SC', 'NotoSerifCJKsc-Regular', 'Noto Serif SC', 'Source Han Serif SC'], options.fontUrls?.serif, 400)}
${fontFace('DubanSansBold', ['Noto Sans CJK SC Bold', 'NotoSansCJKsc-Bold', 'Noto Sans SC Bold', 'Source Han Sans SC Bold'], options.fontUrls?.sansBold, 700)}
@page {
  size: A4;
  margin: ${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm;
}
@page :right { @bottom-right { ${pageNumber} text-align: right; padding-right: 1em; } }
@page :left { @bottom-left { ${pageNumber} text-align: left; padding-left: 1em; } }
:root {
  /* one character cell and one line of the 28 × 22 grid (a hair less, so rounding never drops one) */
  --char: calc(${P.areaWidthMm}mm / ${P.charsPerLine});
  --line: calc(${P.areaHeightMm}mm / ${P.linesPerPage} - 0.01mm);
}
* { box-sizing: border-box; margin: 0; padding: 0; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  font-family: "DubanSerif", serif; font-size: ${P.bodyPt}pt; font-weight: 400;
  line-height: var(--line);
  letter-spacing: calc(var(--char) - ${P.bodyPt}pt - 0.01mm);
  text-spacing-trim: space-all; font-kerning: none;
  orphans: 1; widows: 1; color: #000; background: #fff;
}
.sheet { width: ${P.areaWidthMm}mm; }
@media screen {
  body { background: #e8e8e8; }
  .sheet { width: ${P.widthMm}mm; margin: 8mm auto; padding: ${P.marginTopMm}mm ${P.marginRightMm}mm ${P.marginBottomMm}mm ${P.marginLeftMm}mm; background: #fff; box-shadow: 0 1px 6px rgba(0,0,0,.25); }
}
.sans { font-family: "DubanSansBold", sans-serif; font-weight: 700; }
.classification { height: var(--line); }
.mark {
  margin-top: calc(35mm - var(--line)); text-align: center; color: ${RED};
  font-size: ${markSizeMm(content.mark)}mm; line-height: 1; letter-spacing: 0; white-space: nowrap;
}
.doc-no { margin-top: calc(2 * var(--line)); text-align: center; letter-spacing: 0; }
.red-rule { margin-top: calc(4mm - (var(--line) - ${P.bodyPt}pt) / 2); height: 0; border-top: 0.7mm solid ${RED}; width: ${P.areaWidthMm}mm; }
h1.title { margin-top: calc(2 * var(--line)); text-align: center; font-size: ${P.titlePt}pt; letter-spacing: 0; font-weight: 700; }
.recipients { margin-top: var(--line); }
p.para { text-indent: calc(2 * var(--char)); text-align: justify; }
h2.level1 { font-size: ${P.bodyPt}pt; text-indent: calc(2 * var(--char)); }
.attachments { margin-top: var(--line); padding-left: calc(5 * var(--char)); text-indent: calc(-3 * var(--char)); }
.attachments div + div { text-indent: 0; }
.sign { display: table; margin: var(--line) calc(2 * var(--char)) 0 auto; }
.sign .date { padding-left: calc(2 * var(--char)); }
.colophon { margin-top: var(--line); font-size: ${P.pageNumberPt}pt; letter-spacing: 0; line-height: 1.5; break-inside: avoid; }
.colophon .rule-thick { border-top: 0.35mm solid #000; }
.colophon .rule-thin { border-top: 0.25mm solid #000; }
.colophon .row { padding: 0 1em; display: flex; justify-content: space-between; align-items: baseline; gap: 1em; }
.colophon .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; white-space: nowrap; }
/* the 64 hex digits of the head fit on the row beside their label: 64 × 0.6 em at 8.5 pt ≈ 116 mm */
.colophon .head { font-size: 8.5pt; }
.colophon .fingerprint { font-size: 12pt; }
.colophon .font-note { padding: 0 ${P.pageNumberPt}pt; font-size: 10.5pt; line-height: 1.5; }
`;
}

/** Ends a sentence with 。 unless it already ends with closing punctuation. */
function sentence(s: string): string {
  return /[。！？]$/.test(s) ? s : `${s}。`;
}

function itemHtml(item: NoticeItem, index: number): string {
  const paras: string[] = [];
  let first = `${itemOrdinal(index)}${item.subject}：${item.measure}。${sentence(item.reason)}`;
  if (item.basis) first += `依据：${sentence(item.basis)}`;
  const corrected = item.corrections.length ? `，经第 ${item.corrections.join('、')} 条更正` : '';
  first += `（登记簿第 ${item.seq} 条${corrected}）`;
  paras.push(first);
  const r = item.rectification;
  if (r) {
    const when = r.workingDays !== null ? `限 ${r.workingDays} 个工作日内（${r.deadline}前）` : `于${r.deadline}前`;
    paras.push(`整改要求：${r.requirement.replace(/[。；，]$/, '')}，${when}整改到位，并书面反馈整改情况。`);
  }
  const internal: string[] = [];
  if (item.evidence) internal.push(`证据：${item.evidence}。`);
  if (item.signoff) internal.push(`起草：${item.signoff.drafter}；签发：${item.signoff.approver}。`);
  if (internal.length) paras.push(internal.join(''));
  return paras.map((p) => `<p class="para">${esc(p)}</p>`).join('\n');
}

/** The notice as a complete HTML document (UTF-8, zh-CN). */
export function noticeHtml(content: NoticeContent, options: NoticeHtmlOptions = {}): string {
  const c = content;
  const title = `${c.title} ${c.docNo}（${FONT_SUBSTITUTION_SHORT}）`;
  const meta = (name: string, value: string) => `<meta name="${name}" content="${esc(value)}">`;
  const body: string[] = [];
  body.push(`<div class="classification sans">${c.version === 'internal' ? '内部使用' : ''}</div>`);
  body.push(`<header><div class="mark sans" data-part="mark">${esc(c.mark)}</div>`);
  body.push(`<div class="doc-no" data-part="doc-no">${esc(c.docNo)}</div>`);
  body.push(`<div class="red-rule" data-part="red-rule"></div></header>`);
  body.push(`<h1 class="title sans" data-part="title">${esc(c.title)}</h1>`);
  body.push(`<div class="recipients" data-part="recipients">${esc(c.recipients)}：</div>`);
  body.push(`<main data-part="body">`);
  for (const p of c.intro) body.push(`<p class="para">${esc(p)}</p>`);
  for (const s of c.sections) {
    body.push(`<section data-kind="${esc(s.kind)}"><h2 class="level1 sans">${esc(s.heading)}</h2>`);
    s.items.forEach((it, i) => body.push(itemHtml(it, i)));
    body.push('</section>');
  }
  for (const p of c.closing) body.push(`<p class="para">${esc(p)}</p>`);
  body.push('</main>');
  if (c.attachments.length) {
    const list = c.attachments.length === 1
      ? [`附件：${c.attachments[0]!}`]
      : c.attachments.map((a, i) => `${i === 0 ? '附件：' : ''}${i + 1}.${a}`);
    body.push(`<div class="attachments" data-part="attachments">${list.map((l) => `<div>${esc(l)}</div>`).join('')}</div>`);
  }
  body.push(`<div class="sign" data-part="signature"><div>${esc(c.signature)}</div><div class="date" data-part="date">${esc(c.date)}</div></div>`);
  body.push(`<footer class="colophon" data-part="register">
<div class="rule-thick"></div>
<div class="row"><span>登记簿条数：${c.foot.size}</span><span>公钥指纹：<span class="mono fingerprint" data-part="fingerprint">${esc(c.foot.fingerprint)}</span></span></div>
<div class="row"><span>末条哈希：<span class="mono head" data-part="head">${esc(c.foot.head)}</span></span></div>
<div class="font-note" data-part="font-note">${esc(FONT_SUBSTITUTION)}</div>
<div class="rule-thin"></div>
<div class="row"><span>${esc(c.signature)}</span><span>${esc(c.date)}印发</span></div>
<div class="rule-thick"></div>
</footer>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
${meta('description', `${c.title}（${c.docNo}），${c.version === 'public' ? '公开版' : '内部版'}`)}
${meta('generator', 'Duban 督办工作台')}
${meta('duban-notice-version', c.version)}
${meta('duban-register-size', String(c.foot.size))}
${meta('duban-register-head', c.foot.head)}
${meta('duban-key-fingerprint', c.foot.fingerprint)}
${meta('duban-font-substitution', FONT_SUBSTITUTION)}
<style>${css(c, options)}</style>
</head>
<body>
<div class="sheet">
${body.join('\n')}
</div>
</body>
</html>
`;
}
