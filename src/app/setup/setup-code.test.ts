import { expect, test } from 'vitest';
import { tidySetupCode } from './setup-code.ts';

test('a set-up code is read as officers show it, whatever the case, spaces or dashes', () => {
  expect(tidySetupCode('K7QM-3XHP')).toBe('K7QM-3XHP');
  expect(tidySetupCode(' k7qm 3xhp ')).toBe('K7QM-3XHP');
  expect(tidySetupCode('k7qm3xhp')).toBe('K7QM-3XHP');
});

test('anything that cannot be a code is not one', () => {
  expect(tidySetupCode('')).toBeNull();
  expect(tidySetupCode('K7QM-3XH')).toBeNull();
  expect(tidySetupCode('K7QM-3XHP-2')).toBeNull();
  expect(tidySetupCode('K7QM_3XHP')).toBeNull();
});
