import type { Locator, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { tabTo } from './keyboard.ts';

/**
 * Signs in through the sign-in screen (the page must be on it), as an officer with a mouse would, and
 * waits for the endpoint's answer (or the failed request, offline).
 */
export async function signInOnScreen(page: Page, { email, password }: { email: string; password: string }) {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const isSignIn = (request: Request) => request.method() === 'POST' && request.url().endsWith('/api/session');
  await Promise.all([
    Promise.race([page.waitForEvent('requestfinished', isSignIn), page.waitForEvent('requestfailed', isSignIn)]),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

/** The screen as it is now has no axe violations and does not scroll sideways at its current width. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  expect(await sideScroll(page)).toBe(0);
}

/** How far the page itself scrolls sideways, in CSS px (0: it reflows; WCAG 1.4.10). */
export function sideScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The element that has the focus, described by its role-ish tag and its text or accessible label. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent;
    return `${el.tagName.toLowerCase()}: ${(label ?? '').trim()}`;
  });
}

/**
 * Chooses a radio by keyboard as a person would: Tab into the group (it lands on the checked radio, or the
 * first), then the arrow keys until `name` is checked.
 */
export async function chooseRadio(page: Page, group: Locator, name: string): Promise<void> {
  const radios = group.getByRole('radio');
  const checked = group.getByRole('radio', { checked: true });
  await tabTo(page, (await checked.count()) ? checked : radios.first());
  const target = group.getByRole('radio', { name, exact: true });
  for (let i = 0; i < (await radios.count()) && !(await target.isChecked()); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect.poll(() => target.isChecked()).toBe(true);
}
