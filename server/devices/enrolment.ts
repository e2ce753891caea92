import { randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import { hashToken, newToken } from '../auth/secrets.ts';
import { normalisePartner } from '../channels/partner-name.ts';
import type { Device } from '../store/access-records.ts';
import type { Store } from '../store/store.ts';

/** No 0/O, 1/I/L or U: a code read aloud or copied from a screen cannot be mistyped into another. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;
/** A code can be made in the office and typed at the venue later the same day. */
export const CODE_HOURS = 24;

/** "k7qm 3xhp", "K7QM-3XHP" and "K7QM3XHP" are the same code. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** How a code is shown: two groups of four. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Makes a one-time enrolment code for one tablet, kept only as a hash, expiring after CODE_HOURS. Used by
 * the devices route and `npm run device -- code`.
 */
export async function issueEnrolmentCode(
  store: Store,
  { label, officerId, partner = null }: { label: string; officerId: string | null; partner?: string | null },
  now = new Date(),
): Promise<{ code: string; expiresAt: string; partner: string | null }> {
  const raw = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  const expiresAt = new Date(now.getTime() + CODE_HOURS * 3_600_000).toISOString();
  // Issue 8: one organisation, one spelling, so reach by partner counts it once.
  const partnerName = partner === null ? null : normalisePartner(partner, await store.channels.listPartners());
  await store.createEnrolmentCode({
    codeHash: hashToken(raw),
    label,
    createdBy: officerId,
    createdAt: now.toISOString(),
    expiresAt,
    partner: partnerName,
  });
  return { code: formatCode(raw), expiresAt, partner: partnerName };
}

/** Uses a code for the tablet with this id: a new device token (returned once, kept hashed), or 'invalid'. */
export async function enrolDevice(
  store: Store,
  code: string,
  deviceId: string,
  now = new Date(),
): Promise<{ device: Device; deviceToken: string } | 'invalid'> {
  const normal = normaliseCode(code);
  if (normal.length !== CODE_LENGTH) return 'invalid';
  const deviceToken = newToken();
  const device = await store.redeemEnrolmentCode(
    hashToken(normal),
    { id: deviceId, tokenHash: hashToken(deviceToken) },
    now,
  );
  return device === 'invalid' ? 'invalid' : { device, deviceToken };
}

export async function revokeDevice(store: Store, deviceId: string, now = new Date()): Promise<Device | undefined> {
  return store.revokeDevice(deviceId, now);
}

/** The QR code of a text as rows of '0' and '1' (dark), for the page to draw as SVG. */
export function qrRows(text: string): { size: number; rows: string[] } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    let row = '';
    for (let x = 0; x < modules.size; x++) row += modules.get(x, y) ? '1' : '0';
    rows.push(row);
  }
  return { size: modules.size, rows };
}
