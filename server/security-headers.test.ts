import { afterEach, beforeEach, expect, test } from 'vitest';
import { testApp } from './test-app.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

test.each(['/api/health', '/api/forms', '/api/nothing-here'])('%s carries the security headers', async (path) => {
  const reply = await app.request(path);
  const csp = reply.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(reply.headers.get('X-Frame-Options')).toBe('DENY');
  expect(reply.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(reply.headers.get('Referrer-Policy')).toBe('no-referrer');
  expect(reply.headers.get('Permissions-Policy')).toContain('microphone=()');
});
