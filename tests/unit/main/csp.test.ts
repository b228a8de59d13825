import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../../src-main/security/csp';

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('buildCsp', () => {
  it('builds the production policy', () => {
    expect(directives(buildCsp())).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('never allows inline or eval scripts outside development', () => {
    expect(buildCsp()).not.toMatch(/unsafe-eval/);
    expect(directives(buildCsp())['script-src']).not.toContain("'unsafe-inline'");
  });

  it('adds the dev server, its inline preamble and its WebSocket in development', () => {
    const d = directives(buildCsp({ devServerOrigin: 'http://localhost:5173/' }));
    expect(d['script-src']).toEqual(["'self'", "'unsafe-inline'", 'http://localhost:5173']);
    expect(d['connect-src']).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(d['object-src']).toEqual(["'none'"]);
  });
});
