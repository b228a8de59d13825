import { describe, expect, it } from 'vitest';
import { buildNotice, type NoticeMeta } from '@core/records/notice-model';
import { FONT_SUBSTITUTION, markSizeMm, NOTICE_PAGE, noticeHtml } from '@core/records/notice-html';
import { noticeFixtureDrafts, signBundle } from '../../helpers/register-bundle';

const META: NoticeMeta = { issuer: '某市12345热线办公室', docNo: '热督〔2026〕12号', recipients: '各区人民政府', attachments: ['问责记录明细', '整改反馈表'] };
const bundle = signBundle(noticeFixtureDrafts());
const pub = buildNotice(bundle, META, 'public');
const html = noticeHtml(pub);
const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
/** The declarations of the first rule whose selector is `selector` (rules without nested blocks). */
function rule(selector: string): string {
  const at = style.indexOf(`\n${selector} {`);
  expect(at, `CSS rule ${selector}`).toBeGreaterThanOrEqual(0);
  return style.slice(at, style.indexOf('}', at));
}
/** The text of the element marked data-part="part". */
function part(name: string): string {
  const m = new RegExp(`data-part="${name}"[^>]*>([^<]*)<`).exec(html);
  return m ? m[1]! : '';
}

describe('noticeHtml: the GB/T 9704-2012 page', () => {
  it('sets A4 with top 37 mm, left 28 mm and a 156 × 225 mm type area', () => {
    expect(rule('@page')).toContain('size: A4;');
    expect(rule('@page')).toContain('margin: 37mm 26mm 35mm 28mm;');
    expect(210 - 28 - 26).toBe(NOTICE_PAGE.areaWidthMm);
    expect(297 - 37 - 35).toBe(NOTICE_PAGE.areaHeightMm);
    expect(rule('.sheet')).toContain('width: 156mm;');
  });

  it('sets the body in 16 pt Noto Serif CJK SC on a grid of 22 lines of 28 characters', () => {
    expect(style).toMatch(/font-family: "DubanSerif"; src: local\("Noto Serif CJK SC"\)/);
    expect(rule('body')).toContain('font-family: "DubanSerif", serif; font-size: 16pt;');
    expect(rule(':root')).toContain('--char: calc(156mm / 28);');
    expect(rule(':root')).toContain('--line: calc(225mm / 22 - 0.01mm);');
    expect(rule('body')).toContain('line-height: var(--line);');
    expect(rule('body')).toContain('letter-spacing: calc(var(--char) - 16pt - 0.01mm);');
    expect(rule('body')).toContain('orphans: 1; widows: 1;');
    expect(rule('p.para')).toContain('text-indent: calc(2 * var(--char));');
  });

  it('has the red mark in Noto Sans CJK SC Bold, the 文号 centred below it and a red rule as wide as the type area', () => {
    expect(style).toMatch(/font-family: "DubanSansBold"; src: local\("Noto Sans CJK SC Bold"\)/);
    expect(part('mark')).toBe('某市12345热线办公室文件');
    expect(html).toMatch(/class="mark sans" data-part="mark"/);
    expect(rule('.mark')).toMatch(/text-align: center; color: #e60012;/);
    expect(part('doc-no')).toBe('热督〔2026〕12号');
    expect(rule('.doc-no')).toContain('text-align: center;');
    expect(rule('.red-rule')).toContain('border-top: 0.7mm solid #e60012; width: 156mm;');
    expect(html.indexOf('data-part="mark"')).toBeLessThan(html.indexOf('data-part="doc-no"'));
    expect(html.indexOf('data-part="doc-no"')).toBeLessThan(html.indexOf('data-part="red-rule"'));
  });

  it('has the 22 pt centred title, 主送, 正文, 附件说明, 落款 and 成文日期 in order', () => {
    expect(part('title')).toBe('关于诉求办理表彰和问责情况的通报');
    expect(rule('h1.title')).toContain('text-align: center; font-size: 22pt;');
    expect(part('recipients')).toBe('各区人民政府：');
    expect(html).toContain('<div class="attachments" data-part="attachments"><div>附件：1.问责记录明细</div><div>2.整改反馈表</div></div>');
    expect(html).toContain('<div class="sign" data-part="signature"><div>某市12345热线办公室</div><div class="date" data-part="date">2026年11月5日</div></div>');
    const order = ['mark', 'title', 'recipients', 'body', 'attachments', 'signature', 'register'].map((p) => html.indexOf(`data-part="${p}"`));
    expect(order.every((v, i) => v > 0 && (i === 0 || v > order[i - 1]!))).toBe(true);
  });

  it('lists the records with their measure, reason, rectification and register seq', () => {
    expect(html).toContain('<h2 class="level1 sans">一、表彰情况</h2>');
    expect(html).toContain('<h2 class="level1 sans">二、问责情况</h2>');
    expect(html).toContain('（一）东城区和平街道办事处：通报表扬。');
    expect(html).toContain('依据：推诿扯皮信号（西城区住房和城乡建设局）。（登记簿第 3 条，经第 6 条更正）');
    expect(html).toContain('整改要求：逐件回访并重新办理，建立首接负责制，限 10 个工作日内（2026年11月17日前）整改到位，并书面反馈整改情况。');
    expect(html).not.toContain('证据：');
    expect(html).not.toContain('起草：');
  });

  it('numbers pages as — n — in 14 pt margin boxes, odd pages right and even pages left', () => {
    expect(style).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —"; font-family: "DubanSerif", serif; font-size: 14pt;/);
    expect(style).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —";/);
  });

  it('prints the register size, head and fingerprint as text, and states the font substitution', () => {
    expect(html).toContain('登记簿条数：6');
    expect(part('head')).toBe(bundle.checkpoint.head);
    expect(part('fingerprint')).toBe(pub.foot.fingerprint);
    expect(part('font-note')).toBe(FONT_SUBSTITUTION);
    expect(html).toMatch(/<title>关于诉求办理表彰和问责情况的通报 热督〔2026〕12号（字体：Noto Serif CJK SC 代仿宋，Noto Sans CJK SC Bold 代小标宋、黑体）<\/title>/);
    expect(html).toContain(`<meta name="duban-font-substitution" content="${FONT_SUBSTITUTION}">`);
    expect(html).toContain(`<meta name="duban-register-head" content="${bundle.checkpoint.head}">`);
    expect(html).toContain(`<meta name="duban-key-fingerprint" content="${pub.foot.fingerprint}">`);
    expect(html).toContain('<meta name="duban-notice-version" content="public">');
  });

  it('marks the internal version and shows its evidence and sign-off', () => {
    const internal = noticeHtml(buildNotice(bundle, META, 'internal'));
    expect(internal).toContain('<div class="classification sans">内部使用</div>');
    expect(html).toContain('<div class="classification sans"></div>');
    expect(internal).toContain('证据：工单 GD20261003007、GD20261003011；疑难件 YN-2026-031。起草：王录入；签发：赵签发。');
  });

  it('escapes text and takes bundled font URLs after the installed faces', () => {
    const n = buildNotice(bundle, { ...META, title: '<script>x</script> & "q"' }, 'public');
    const h = noticeHtml(n, { fontUrls: { serif: 'fonts/NotoSerifCJKsc-Regular.otf' } });
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;q&quot;');
    expect(h).toMatch(/local\("Source Han Serif SC"\), url\("fonts\/NotoSerifCJKsc-Regular.otf"\)/);
  });

  it('sizes the mark to fit the type area', () => {
    expect(markSizeMm('某市热线办文件')).toBe(14);
    const long = '某某省某某市政务服务便民热线管理办公室文件';
    expect(markSizeMm(long) * long.length).toBeLessThanOrEqual(150);
  });
});
