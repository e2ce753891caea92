import type { SubmittedResponse } from '../../src/core/response.ts';
import { issueCode } from './officers.ts';

export interface EnrolledDevice {
  deviceId: string;
  label: string;
  token: string;
}

/**
 * Sets up a tablet the way a tablet does (a one-time code from the endpoint's database, traded at
 * `POST /api/devices/enrol` for its token), without a tablet: for tests that need a device to list or
 * responses on the endpoint. Setting up through the tablet's own screen is tested elsewhere (/setup).
 */
export async function enrolByApi(
  baseUrl: string,
  databasePath: string,
  label: string,
  deviceId = `test-${crypto.randomUUID()}`,
): Promise<EnrolledDevice> {
  const code = await issueCode(databasePath, label);
  const reply = await fetch(`${baseUrl}/api/devices/enrol`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ code, deviceId }),
  });
  if (reply.status !== 201) throw new Error(`Enrolling ${label} failed: ${reply.status} ${await reply.text()}`);
  const { deviceToken } = (await reply.json()) as { deviceToken: string };
  return { deviceId, label, token: deviceToken };
}

/** Sends responses as the device, in batches of 200, and fails unless every one is stored. */
export async function sendByApi(
  baseUrl: string,
  device: EnrolledDevice,
  responses: SubmittedResponse[],
): Promise<void> {
  for (let i = 0; i < responses.length; i += 200) {
    const batch = responses.slice(i, i + 200).map((r) => ({ ...r, deviceId: device.deviceId }));
    const reply = await fetch(`${baseUrl}/api/sync`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` },
      body: JSON.stringify({ deviceId: device.deviceId, responses: batch }),
    });
    if (!reply.ok) throw new Error(`Sending as ${device.label} failed: ${reply.status} ${await reply.text()}`);
    const { results } = (await reply.json()) as { results: { status: string; error?: string }[] };
    const refused = results.filter((r) => r.status !== 'stored');
    if (refused.length) throw new Error(`Not stored: ${JSON.stringify(refused.slice(0, 3))}`);
  }
}
