import type { Page } from 'playwright-core';
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
  const code = await issueCode(databasePath, `Direct ${deviceId}`);
  const reply = await fetch(`${baseUrl}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, deviceId }),
  });
  if (reply.status !== 201) throw new Error(`Enrolment failed: ${reply.status} ${await reply.text()}`);
  return ((await reply.json()) as { deviceToken: string }).deviceToken;
}
