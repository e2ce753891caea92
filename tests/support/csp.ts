import type { Page } from 'playwright-core';

/**
 * Collects every Content Security Policy violation the page reports from now on. A test that drives a
 * journey ends by expecting none: the policy is enforced, so a violation is something that broke.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
