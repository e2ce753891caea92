import { checksumOf, OUTBOX_FILE_FORMAT, OUTBOX_FILE_VERSION, type OutboxFile } from '../core/outbox-file.ts';
import { listUnsent } from './outbox.ts';

/**
 * Every response (and registration of interest) on this tablet the endpoint has not acknowledged (waiting and needing attention alike), as a
 * file an officer can import when no connection comes for weeks.
 *
 * It removes nothing: a response leaves the outbox only when the endpoint acknowledges it, so a file that is
 * lost or never imported loses nothing. After an import, the next sync gets "duplicate" and removes them.
 */
export async function buildUnsentFile(deviceId: string, now = new Date()): Promise<OutboxFile> {
  const unsent = await listUnsent();
  const responses = unsent.flatMap((entry) => (entry.response ? [entry.response] : []));
  const registrations = unsent.flatMap((entry) => (entry.registration ? [entry.registration] : []));
  // Registrations (issue 8) only when there are some, so a file without them reads as it always did.
  const withRegistrations = registrations.length > 0 ? registrations : undefined;
  return {
    format: OUTBOX_FILE_FORMAT,
    formatVersion: OUTBOX_FILE_VERSION,
    deviceId,
    exportedAt: now.toISOString(),
    count: responses.length,
    checksum: await checksumOf(responses, sha256Hex, withRegistrations),
    responses,
    ...(withRegistrations ? { registrations: withRegistrations } : {}),
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
