import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contentTypeFor, resolveAppAsset } from '../../../src-main/protocol/resolve-asset';
import { isSameOrigin, originOf } from '../../../src-main/protocol/app-origin';

const ROOT = '/opt/duban/resources/app.asar/out/renderer';

describe('resolveAppAsset', () => {
  it('serves files under the renderer folder and index.html for folders', () => {
    expect(resolveAppAsset(ROOT, 'app://duban/index.html')).toEqual({ ok: true, path: `${ROOT}/index.html` });
    expect(resolveAppAsset(ROOT, 'app://duban/')).toEqual({ ok: true, path: `${ROOT}/index.html` });
    expect(resolveAppAsset(ROOT, 'app://duban/assets/index-abc.js?v=1#x')).toEqual({ ok: true, path: `${ROOT}/assets/index-abc.js` });
    expect(resolveAppAsset(ROOT, 'app://duban/fonts/%E5%AD%97%E4%BD%93.woff2')).toEqual({ ok: true, path: `${ROOT}/fonts/字体.woff2` });
  });

  it('lets the URL parser collapse plain dot segments, which can never climb above the root', () => {
    expect(resolveAppAsset(ROOT, 'app://duban/%2e%2e/%2e%2e/etc/passwd')).toEqual({ ok: true, path: `${ROOT}/etc/passwd` });
    expect(resolveAppAsset(ROOT, 'app://duban/../../main/index.js')).toEqual({ ok: true, path: `${ROOT}/main/index.js` });
  });

  it('refuses traversal hidden behind encoded separators, backslashes, NUL and drives', () => {
    for (const url of [
      'app://duban/assets/%2E%2E%2F..%2Fmain%2Findex.js', 'app://duban/..%2f..%2fsecret',
      'app://duban/a%5c..%5c..%5csecret', 'app://duban/%00index.html', 'app://duban/C:%2fWindows%2fwin.ini', 'app://duban/a/%2e%2e%2f%2e%2e%2fx',
    ]) {
      const r = resolveAppAsset(ROOT, url);
      expect(r.ok, url).toBe(false);
    }
  });

  it('refuses other hosts, schemes and malformed escapes', () => {
    expect(resolveAppAsset(ROOT, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(ROOT, 'file:///etc/passwd')).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset(ROOT, 'app://duban/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset(ROOT, 'not a url')).toEqual({ ok: false, status: 400 });
  });

  it('holds on Windows paths too', () => {
    const root = 'C:\\Program Files\\督办工作台\\resources\\app.asar\\out\\renderer';
    expect(resolveAppAsset(root, 'app://duban/assets/a.js', path.win32)).toEqual({ ok: true, path: `${root}\\assets\\a.js` });
    expect(resolveAppAsset(root, 'app://duban/..%5C..%5Cmain', path.win32).ok).toBe(false);
    expect(resolveAppAsset(root, 'app://duban/assets/..%2F..%2F..%2Fx', path.win32).ok).toBe(false);
  });

  it('property: whatever the path, a served file lies inside the root', () => {
    const seg = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%5c', '%2f', 'a', 'assets', '%00', ':', '~'), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(seg, { maxLength: 6 }), (segs) => {
      const r = resolveAppAsset(ROOT, `app://duban/${segs.join('/')}`);
      if (r.ok) {
        expect(r.path.startsWith(`${ROOT}/`)).toBe(true);
        expect(path.relative(ROOT, r.path).split(path.sep)).not.toContain('..');
      }
    }), { numRuns: 2000 });
  });

  it('knows the content types the renderer build produces', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/x/a.bin')).toBe('application/octet-stream');
  });
});

describe('app origin', () => {
  it('computes the origin of the custom scheme, which WHATWG URL reports as "null"', () => {
    expect(new URL('app://duban/x').origin).toBe('null');
    expect(originOf('app://duban/index.html#/tickets')).toBe('app://duban');
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(originOf('file:///x')).toBeNull();
    expect(isSameOrigin('app://duban/a', 'app://duban')).toBe(true);
    expect(isSameOrigin('app://duban.evil/a', 'app://duban')).toBe(false);
    expect(isSameOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
