import { describe, expect, test } from 'vitest';
import { normaliseReferenceCode, referenceCode } from './reference-code.ts';

describe('referenceCode', () => {
  test.each([
    ['01234567-89ab-4def-8123-456789abcdef', '04HM-ASW9'],
    ['01234567-89AB-4DEF-8123-456789ABCDEF', '04HM-ASW9'],
    ['00000000-0000-4000-8000-000000000000', '0000-0000'],
    ['ffffffff-ff00-4000-8000-000000000000', 'ZZZZ-ZZZZ'],
    // Only the first 40 bits count: the rest of the UUID does not change the code.
    ['01234567-89ff-4fff-bfff-ffffffffffff', '04HM-ASW9'],
  ])('%s → %s', (uuid, code) => {
    expect(referenceCode(uuid)).toBe(code);
  });

  test('is stable and never uses I, L, O or U', () => {
    for (let i = 0; i < 200; i++) {
      const uuid = crypto.randomUUID();
      const code = referenceCode(uuid);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(referenceCode(uuid)).toBe(code);
    }
  });

  test.each(['', 'not-a-uuid', '01234567-89ab-4def-8123-456789abcde'])('refuses %o, saying why', (uuid) => {
    expect(() => referenceCode(uuid)).toThrow(/is made from a response's UUID/);
  });
});

describe('normaliseReferenceCode', () => {
  test.each([
    ['04HM-ASW9', '04HM-ASW9'],
    ['04hmasw9', '04HM-ASW9'],
    [' 04hm asw9 ', '04HM-ASW9'],
    ['O4HM-ASW9', '04HM-ASW9'],
    ['1LI0-0000', '1110-0000'],
    ['04HM-ASW', undefined],
    ['04HM-ASWU', undefined],
    ['04HM-ASW9-0', undefined],
  ])('%o → %o', (typed, code) => {
    expect(normaliseReferenceCode(typed)).toBe(code);
  });

  test('a code read back matches the code shown', () => {
    const code = referenceCode('01234567-89ab-4def-8123-456789abcdef');
    expect(normaliseReferenceCode(code.toLowerCase())).toBe(code);
  });
});
