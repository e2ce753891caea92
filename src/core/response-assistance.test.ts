import { describe, expect, test } from 'vitest';
import { parseResponse } from './response.ts';
import { testResponse } from './test-fixtures.ts';

describe('an assisted response says who helped (issue 8)', () => {
  test.each([
    [{ by: 'staff' }],
    [{ by: 'interpreter', conversationLanguage: 'pl' }],
    [{ by: 'interpreter', conversationLanguage: 'bfi' }],
  ])('accepts assistance %j on channel assisted, and keeps it', (assistance) => {
    const response = testResponse({ channel: 'assisted', assistance: assistance as never });
    expect(parseResponse(response)).toEqual({ ok: true, value: response });
  });

  test('an assisted response without assistance (an older tablet) is still accepted', () => {
    expect(parseResponse(testResponse({ channel: 'assisted' })).ok).toBe(true);
  });

  test.each(['kiosk', 'self', 'paper'])('refuses assistance on channel %s', (channel) => {
    const response = { ...testResponse({ channel: channel as never }), assistance: { by: 'staff' } };
    expect(parseResponse(response)).toEqual({
      ok: false,
      error: 'assistance: Only an assisted response (channel "assisted") says who helped.',
    });
  });

  test.each([
    [{ by: 'neighbour' }, 'assistance.by: assistance.by must be staff or interpreter.'],
    [
      { by: 'staff', conversationLanguage: 'Polish!' },
      'assistance.conversationLanguage: The conversation language must be a language tag such as pl or bfi.',
    ],
  ])('refuses a bad assistance %j', (assistance, error) => {
    expect(parseResponse({ ...testResponse({ channel: 'assisted' }), assistance })).toEqual({ ok: false, error });
  });

  test('refuses anything else beside who helped and the language', () => {
    const result = parseResponse({
      ...testResponse({ channel: 'assisted' }),
      assistance: { by: 'staff', name: 'Ann' },
    });
    expect(result.ok).toBe(false);
  });

  test('a partner named by the device is not part of a response: it is dropped, never trusted', () => {
    const result = parseResponse({ ...testResponse(), partner: 'Someone else' });
    expect(result.ok && 'partner' in result.value).toBe(false);
  });
});
