import { describe, expect, it } from 'vitest';
import { ROUTES } from '@renderer/app/navigation';
import { formatHash, isRoute, parseHash } from '@renderer/app/router';

describe('hash router', () => {
  it('parses a route and its query', () => {
    expect(parseHash('#/welcome?demo=5000')).toEqual({ route: 'welcome', path: 'welcome', params: { demo: '5000' } });
    expect(parseHash('#/tickets?view=3&q=%E5%81%9C%E8%BD%A6')).toEqual({ route: 'tickets', path: 'tickets', params: { view: '3', q: '停车' } });
  });

  it('accepts hashes without a slash or with a trailing slash', () => {
    expect(parseHash('#home').route).toBe('home');
    expect(parseHash('#/settings/').route).toBe('settings');
    expect(parseHash('/assessment').route).toBe('assessment');
  });

  it('gives no route for an empty hash, keeping an unknown path for the not-found page', () => {
    expect(parseHash('')).toEqual({ route: null, path: '', params: {} });
    expect(parseHash('#/')).toEqual({ route: null, path: '', params: {} });
    expect(parseHash('#/nosuch?x=1')).toEqual({ route: null, path: 'nosuch', params: { x: '1' } });
    expect(parseHash('#/%E0%A4%A').path).toBe('%E0%A4%A');
  });

  it('lets the last value of a repeated parameter win', () => {
    expect(parseHash('#/tickets?a=1&a=2').params).toEqual({ a: '2' });
  });

  it('formats routes and round-trips through parse', () => {
    expect(formatHash('home')).toBe('#/home');
    expect(formatHash('welcome', { demo: 5000, empty: '', none: undefined })).toBe('#/welcome?demo=5000');
    for (const route of ROUTES) {
      const params = { q: '停车 难', n: '1' };
      expect(parseHash(formatHash(route, params))).toEqual({ route, path: route, params });
    }
  });

  it('knows exactly the app routes', () => {
    expect(isRoute('tickets')).toBe(true);
    expect(isRoute('Tickets')).toBe(false);
    expect(isRoute('__proto__')).toBe(false);
  });
});
