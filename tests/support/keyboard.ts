import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it never
 * does: a control that Tab cannot reach is a bug.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  // A screen still loading (a list fetched after its heading) has no target yet: wait for it to be drawn, or on a
  // slow machine the Tab presses would all go by before it exists.
  await target.first().waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    const count = await target.count();
    if (count > 1) throw new Error(`${target} matches ${count} elements: name the one to reach.`);
    if (count === 1 && (await target.evaluate((el) => el === document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox (or radio) and presses Space. */
export async function toggle(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Space');
}

/** Tabs to a text box, clears it and types, key by key. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}
