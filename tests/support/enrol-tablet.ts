import type { Page } from 'playwright-core';
import { enrolByApi } from './device-by-api.ts';
import { issueCode } from './officers.ts';

/**
 * Sets the tablet up as staff do: an officer's fresh set-up code (made in the endpoint's database, as the
 * officers' screen would), opened as the QR code's link and confirmed with "Set up this tablet". Leaves the
 * page on /setup, showing the label.
 */
export async function enrolTablet(
  page: Page,
  baseUrl: string,
  databasePath: string,
  label = 'Test tablet',
): Promise<void> {
  const code = await issueCode(databasePath, label);
  await page.goto(`${baseUrl}/setup?code=${encodeURIComponent(code)}`);
  await page.getByRole('button', { name: 'Set up this tablet' }).click();
  await page.getByText(`This tablet is set up as ‘${label}’.`).waitFor();
}

/** A device token for `deviceId` straight from the endpoint, for tests that post to /api/sync themselves. */
export async function enrolDeviceByApi(baseUrl: string, databasePath: string, deviceId: string): Promise<string> {
  return (await enrolByApi(baseUrl, databasePath, `Direct ${deviceId}`, deviceId)).token;
}
