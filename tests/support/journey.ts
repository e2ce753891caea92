import type { Page } from 'playwright-core';

export const DEMO_TITLE = 'Which council services should we shape together?';

/** From the list of consultations, through the start page, to the first question. */
export async function startDemo(page: Page): Promise<void> {
  await page.getByRole('link', { name: `Start: ${DEMO_TITLE}` }).click();
  await page.getByRole('heading', { level: 1, name: DEMO_TITLE }).waitFor();
  await page.getByRole('link', { name: 'Start now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Which services would you most like to help shape?' }).waitFor();
}

export async function continueTo(page: Page, nextHeading: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: nextHeading }).waitFor();
}

/** Answers the demo consultation's required questions, one screen at a time as a resident would, and submits. */
export async function answerDemoAndSubmit(page: Page): Promise<void> {
  await startDemo(page);
  await page.getByRole('checkbox', { name: 'Planning and neighbourhood plans' }).check();
  await continueTo(page, 'How well does the council listen to people like you?');
  await page.getByRole('radio', { name: '5 – Very well' }).check();
  await continueTo(page, /What is one thing the council should change/);
  await continueTo(page, 'How would you like to be involved?');
  await page.getByRole('radio', { name: 'Answer short surveys like this one' }).check();
  await continueTo(page, /What is your age\?/);
  await continueTo(page, 'Check your answers');
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('heading', { name: 'Thank you' }).waitFor();
}
