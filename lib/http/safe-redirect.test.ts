import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect';

const origin = 'http://127.0.0.1:3000';

describe('safeRedirectPath', () => {
  it.each([
    '/\\evil.example',
    '/%5Cevil.example'.replace('%5C', '\\'),
    '/\t/evil.example',
    '/\\/evil.example',
    '//evil.example',
    '/.//evil.example',
    '\\\\evil.example',
    'https://evil.example/dashboard',
    'http://127.0.0.1:3001/dashboard',
    'javascript:alert(1)',
    'data:text/html,hi',
    ' //evil.example',
    '/\n/evil.example',
  ])('refuses %j (another host or scheme)', (target) => {
    expect(safeRedirectPath(target, { origin })).toBe('/dashboard');
  });

  it('keeps path, search and hash of a same-origin target', () => {
    expect(safeRedirectPath('/entries?siteId=a#x', { origin })).toBe('/entries?siteId=a#x');
    expect(safeRedirectPath(`${origin}/reports?range=ytd`, { origin })).toBe('/reports?range=ytd');
    expect(safeRedirectPath('/signin?signedOut=1')).toBe('/signin?signedOut=1');
  });

  it('whatever it returns is a same-origin path when a browser resolves it', () => {
    for (const t of ['/%09/host', '/%5Cevil.example', '/%2F%2Fevil.example', '/a/../..//evil.example']) {
      const out = safeRedirectPath(t, { origin });
      expect(new URL(out, origin).origin).toBe(origin);
      expect(out.startsWith('//')).toBe(false);
    }
  });

  it('uses the fallback for nothing, non-strings and absurd lengths', () => {
    expect(safeRedirectPath(undefined)).toBe('/dashboard');
    expect(safeRedirectPath(['/x'])).toBe('/dashboard');
    expect(safeRedirectPath('/' + 'a'.repeat(3000))).toBe('/dashboard');
    expect(safeRedirectPath('https://evil.example', { fallback: '/' })).toBe('/');
  });
});
