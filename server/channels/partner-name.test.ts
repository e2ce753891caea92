import { describe, expect, test } from 'vitest';
import { normalisePartner } from './partner-name.ts';

describe('normalisePartner', () => {
  test('trims and keeps single spaces', () => {
    expect(normalisePartner('  Healthwatch   West\tBerkshire ', [])).toBe('Healthwatch West Berkshire');
  });
  test('matches a partner already used, whatever the case, and keeps its spelling', () => {
    expect(normalisePartner('healthwatch west  BERKSHIRE', ['Age UK', 'Healthwatch West Berkshire'])).toBe(
      'Healthwatch West Berkshire',
    );
  });
  test('blank is no partner', () => {
    expect(normalisePartner('   ', ['Age UK'])).toBeNull();
  });
});
