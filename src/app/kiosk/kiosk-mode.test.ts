import { expect, test } from 'vitest';
import { kioskAllows } from './kiosk-mode.ts';

test('a kiosk lets residents reach the welcome screen, the statement, results pages and the chosen consultations only', () => {
  const forms = ['library-hubs', 'ev charging'];
  for (const path of [
    '/',
    '/accessibility',
    '/c/library-hubs',
    '/c/library-hubs/q/visit',
    '/c/library-hubs/check',
    '/c/library-hubs/done',
    '/c/ev%20charging/q/where',
    '/opportunities',
    '/opportunities/library-co-design',
    '/opportunities/library-co-design/register',
    '/opportunities/library-co-design/registered',
    '/results/lookup',
    '/results/library-hubs',
  ]) {
    expect(kioskAllows(path, forms), path).toBe(true);
  }
  for (const path of [
    '/status',
    '/setup',
    '/setup/kiosk',
    '/import',
    '/reach',
    '/officer',
    '/officer/devices',
    '/c/shape-services',
    '/c/shape-services/q/one',
    '/c/library-hubs/q/visit/extra',
    '/c/library-hubs/other',
    '/c/%E0%A4%A',
    '/anything',
    '/opportunities/a/b',
    '/opportunities/a/register/more',
    '/resultsx',
  ]) {
    expect(kioskAllows(path, forms), path).toBe(false);
  }
});
