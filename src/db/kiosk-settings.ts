import { db } from './db.ts';
import { hashPin, type PinHash, pinMatches } from './staff-pin.ts';
import { getCollecting, saveCollecting } from './tablet-setup.ts';

/** A tablet in kiosk mode: which consultations residents see, when it resets, and the staff PIN's hash. */
export interface KioskSettings {
  formIds: string[];
  /** Seconds without input before the "Are you still there?" warning. */
  idleSeconds: number;
  pin: PinHash;
  /** ISO time (device clock) kiosk mode started. */
  startedAt: string;
}

/** Wrong PINs so far, and until when (ms since 1970, device clock) no PIN is tried. */
export interface PinAttempts {
  failures: number;
  lockedUntil?: number;
}

/** The idle timeouts staff can choose, in seconds; 2 minutes unless they choose otherwise. */
export const IDLE_CHOICES = [30, 60, 120, 180, 300, 600] as const;
export const DEFAULT_IDLE_SECONDS = 120;
/** Five wrong PINs in a row, then a minute's wait before the next try. */
export const PIN_TRIES = 5;
export const PIN_LOCK_MS = 60_000;

export async function getKioskSettings(): Promise<KioskSettings | undefined> {
  const row = await db.settings.get('kiosk');
  return row?.key === 'kiosk' ? row.value : undefined;
}

/**
 * Turns kiosk mode on. Responses collected from now on are recorded as channel "kiosk" (the event staff set
 * stays). The PIN is kept only as a hash.
 */
export async function startKioskMode(
  choice: { formIds: string[]; idleSeconds: number; pin: string },
  now = new Date(),
): Promise<KioskSettings> {
  if (choice.formIds.length === 0) throw new RangeError('Choose at least one consultation for kiosk mode.');
  const value: KioskSettings = {
    formIds: [...new Set(choice.formIds)],
    idleSeconds: choice.idleSeconds,
    pin: await hashPin(choice.pin),
    startedAt: now.toISOString(),
  };
  const collecting = await getCollecting();
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'kiosk', value });
    await db.settings.delete('kioskPinAttempts');
  });
  if (collecting.channel !== 'kiosk') await saveCollecting({ ...collecting, channel: 'kiosk' });
  return value;
}

export type PinCheck = { ok: true } | { ok: false; triesLeft: number } | { ok: false; lockedForMs: number };

/**
 * Checks a staff PIN and, when right, ends kiosk mode. Wrong PINs are counted on the device (a reload does not
 * forget them): after PIN_TRIES in a row, nothing is tried for PIN_LOCK_MS.
 */
export async function leaveKioskMode(pin: string, now = Date.now()): Promise<PinCheck> {
  const settings = await getKioskSettings();
  if (!settings) return { ok: true };
  const attempts = await getPinAttempts();
  if (attempts.lockedUntil !== undefined && now < attempts.lockedUntil) {
    return { ok: false, lockedForMs: attempts.lockedUntil - now };
  }
  if (await pinMatches(pin, settings.pin)) {
    await db.settings.bulkDelete(['kiosk', 'kioskPinAttempts']);
    return { ok: true };
  }
  // A wait that has passed starts a fresh count.
  const failures = (attempts.lockedUntil === undefined ? attempts.failures : 0) + 1;
  if (failures >= PIN_TRIES) {
    await db.settings.put({ key: 'kioskPinAttempts', value: { failures, lockedUntil: now + PIN_LOCK_MS } });
    return { ok: false, lockedForMs: PIN_LOCK_MS };
  }
  await db.settings.put({ key: 'kioskPinAttempts', value: { failures } });
  return { ok: false, triesLeft: PIN_TRIES - failures };
}

async function getPinAttempts(): Promise<PinAttempts> {
  const row = await db.settings.get('kioskPinAttempts');
  return row?.key === 'kioskPinAttempts' ? row.value : { failures: 0 };
}
