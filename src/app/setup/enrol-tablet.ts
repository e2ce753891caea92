import { getDeviceId } from '../../db/device.ts';
import { saveEnrolment } from '../../db/tablet-setup.ts';
import { t } from '../../i18n/i18n.ts';
import { requestSend } from '../../sw-bridge.ts';

export const ENROL_PATH = '/api/devices/enrol';

export type EnrolOutcome = { ok: true; label: string } | { ok: false; message: string };

/**
 * Trades a one-time set-up code for this tablet's device token, keeps it, and asks the worker to send what
 * waited at once. Failures come back as words for staff: the endpoint's own where it gave them.
 */
export async function enrolTablet(code: string): Promise<EnrolOutcome> {
  const deviceId = await getDeviceId();
  let reply: Response;
  try {
    reply = await fetch(ENROL_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, deviceId }),
      cache: 'no-store',
    });
  } catch {
    return { ok: false, message: t('setup.offline') };
  }
  const body = (await reply.json().catch(() => null)) as {
    label?: unknown;
    deviceToken?: unknown;
    error?: { message?: string };
  } | null;
  if (!reply.ok || typeof body?.deviceToken !== 'string') {
    return { ok: false, message: body?.error?.message ?? t('setup.failed', { status: reply.status }) };
  }
  const label = typeof body.label === 'string' ? body.label : '';
  await saveEnrolment({ token: body.deviceToken, label });
  void requestSend({ resetBackoff: true });
  return { ok: true, label };
}
