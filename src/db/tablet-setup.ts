import type { Channel } from '../core/response.ts';
import { db } from './db.ts';

/** How people answer on a tablet. Paper responses are typed in later, never collected live. */
export const TABLET_CHANNELS = ['kiosk', 'assisted', 'self'] as const satisfies readonly Channel[];
export type TabletChannel = (typeof TABLET_CHANNELS)[number];

/** The longest event name a response may carry (the response schema's limit). */
export const EVENT_MAX_LENGTH = 200;

/** What `POST /api/devices/enrol` gave this tablet. */
export interface Enrolment {
  /** Sent as `Authorization: Bearer <token>` with every sync; never shown. */
  token: string;
  /** The name an officer gave this tablet, such as "Library tablet 3". */
  label: string;
  /** ISO time (device clock) the tablet was set up. */
  enrolledAt: string;
}

/** Where and how the tablet collects now. An empty event means none was given. */
export interface Collecting {
  event: string;
  channel: TabletChannel;
}

/** A tablet nobody has told otherwise is a kiosk at no named event. */
export const DEFAULT_COLLECTING: Collecting = { event: '', channel: 'kiosk' };

export async function getEnrolment(): Promise<Enrolment | undefined> {
  const row = await db.settings.get('enrolment');
  return row?.key === 'enrolment' ? row.value : undefined;
}

/** Keeps a new enrolment, replacing any earlier one (a tablet set up again after its access was withdrawn). */
export async function saveEnrolment(enrolment: { token: string; label: string }, now = new Date()): Promise<Enrolment> {
  const value = { token: enrolment.token, label: enrolment.label, enrolledAt: now.toISOString() };
  await db.settings.put({ key: 'enrolment', value });
  return value;
}

/** The token the service worker sends with each batch, or undefined on a tablet not yet set up. */
export async function getDeviceToken(): Promise<string | undefined> {
  return (await getEnrolment())?.token;
}

export async function getCollecting(): Promise<Collecting> {
  const row = await db.settings.get('collecting');
  return row?.key === 'collecting' ? row.value : DEFAULT_COLLECTING;
}

/** Saves the event (trimmed) and channel that responses from now on record. */
export async function saveCollecting(collecting: Collecting): Promise<Collecting> {
  const value = { event: collecting.event.trim(), channel: collecting.channel };
  // The endpoint would reject every response carrying a longer one; the set-up screen says so first.
  if (value.event.length > EVENT_MAX_LENGTH)
    throw new RangeError(`An event name has at most ${EVENT_MAX_LENGTH} characters.`);
  await db.settings.put({ key: 'collecting', value });
  return value;
}

export function isTabletChannel(value: unknown): value is TabletChannel {
  return (TABLET_CHANNELS as readonly unknown[]).includes(value);
}
