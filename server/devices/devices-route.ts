import { Hono } from 'hono';
import { apiError } from '../api-error.ts';
import { type Access, type AccessEnv, describeWait } from '../auth/access.ts';
import { PARTNER_MAX_LENGTH } from '../channels/partner-name.ts';
import { readJsonBody } from '../read-json-body.ts';
import { enrolDevice, issueEnrolmentCode, qrRows, revokeDevice } from './enrolment.ts';

/** Where the tablet types the code; the QR code opens it with the code filled in. */
export const SETUP_PATH = '/setup';

/**
 * `/api/devices`: officers make one-time enrolment codes (with a QR code of the set-up address), list
 * devices and revoke them; a tablet trades a code for its device token at `POST /api/devices/enrol`.
 */
export function devicesRoute(access: Access, publicUrl?: string): Hono<AccessEnv> {
  const { store } = access;
  const route = new Hono<AccessEnv>();

  route.get('/', access.officer('devices.view'), async (c) => c.json({ devices: await store.listDevices() }));
  // Issue 8: the partner organisations named so far, for suggestions and filters (names only, for any officer).
  route.get('/partners', access.officer(), async (c) => c.json({ partners: await store.channels.listPartners() }));

  route.post('/enrolment-codes', access.officer('devices.enrol'), async (c) => {
    const body = await readJsonBody(c, 'The request');
    if (!body.ok) return body.reply;
    const label = String((body.value as { label?: unknown } | null)?.label ?? '').trim();
    const partner = String((body.value as { partner?: unknown } | null)?.partner ?? '');
    if (partner.trim().length > PARTNER_MAX_LENGTH) {
      return c.json(
        {
          error: {
            code: 'invalid-partner',
            field: 'partner',
            message: `The partner organisation's name must be at most ${PARTNER_MAX_LENGTH} characters.`,
          },
        },
        400,
      );
    }
    if (!label || label.length > 80) {
      return c.json(
        {
          error: {
            code: 'invalid-label',
            field: 'label',
            message: label
              ? 'The name must be at most 80 characters.'
              : 'Enter a name for the tablet, like “Library tablet 3”.',
          },
        },
        400,
      );
    }
    const issued = await issueEnrolmentCode(store, { label, officerId: c.get('officer').id, partner });
    const { code, expiresAt } = issued;
    const setupPath = `${SETUP_PATH}?code=${code}`;
    const origin = publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    return c.json(
      { code, label, expiresAt, partner: issued.partner, setupPath, qr: qrRows(`${origin}${setupPath}`) },
      201,
    );
  });

  route.post('/enrol', async (c) => {
    const address = access.address(c);
    const wait = access.enrolFailuresByAddress.blockedFor(address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'too-many-attempts', `Too many wrong codes. Try again in ${describeWait(wait)}.`);
    }
    const body = await readJsonBody(c, 'The request');
    if (!body.ok) return body.reply;
    const { code, deviceId } = (body.value ?? {}) as { code?: unknown; deviceId?: unknown };
    if (typeof code !== 'string' || typeof deviceId !== 'string' || !/^[\w-]{1,64}$/.test(deviceId)) {
      return apiError(c, 400, 'missing-fields', 'Send the set-up code and the tablet’s id.');
    }
    const enrolled = await enrolDevice(store, code, deviceId);
    if (enrolled === 'invalid') {
      access.enrolFailuresByAddress.fail(address);
      return apiError(
        c,
        400,
        'invalid-code',
        'This set-up code is not right, has been used already or has expired. Ask an officer for a new one.',
      );
    }
    return c.json(
      { deviceId: enrolled.device.id, label: enrolled.device.label, deviceToken: enrolled.deviceToken },
      201,
    );
  });

  route.post('/:id/revoke', access.officer('devices.revoke'), async (c) => {
    const device = await revokeDevice(store, c.req.param('id'));
    if (!device) return apiError(c, 404, 'not-found', 'There is no such device.');
    return c.json({ device });
  });

  return route;
}
