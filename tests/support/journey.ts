import type { Page } from 'playwright-core';

export const DEMO_TITLE = 'Which council services should we shape together?';

/** Answers the demo consultation's required questions, as a resident would, and submits. */
export async function answerDemoAndSubmit(page: Page): Promise<void> {
  await page.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  await page.getByRole('checkbox', { name: 'Planning and neighbourhood plans' }).check();
  await page.getByRole('radio', { name: '5 – Very well' }).check();
  await page.getByRole('radio', { name: 'Answer short surveys like this one' }).check();
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
}
