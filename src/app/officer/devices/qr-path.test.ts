import { expect, test } from 'vitest';
import { qrPath } from './qr-path.ts';

test('each run of dark modules becomes one rectangle, offset by the quiet zone', () => {
  expect(qrPath(['110', '001'])).toBe('M4 4h2v1h-2zM6 5h1v1h-1z');
  expect(qrPath(['000'])).toBe('');
});
