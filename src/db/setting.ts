import type { SendSummary } from '../core/messages.ts';
import type { KioskSettings, PinAttempts } from './kiosk-settings.ts';
import type { Collecting, Enrolment } from './tablet-setup.ts';

/** Small device-wide values, one row each. */
export type Setting =
  | { key: 'deviceId'; value: string }
  | { key: 'lastSend'; value: SendSummary }
  /** The last sequence number given to an outbox entry; orders the outbox without trusting the clock. */
  | { key: 'outboxSeq'; value: number }
  /** What the endpoint gave this tablet when staff set it up: its token for sending, and its label. */
  | { key: 'enrolment'; value: Enrolment }
  /** Where and how this tablet collects responses now; every response saved records it. */
  | { key: 'collecting'; value: Collecting }
  /** Kiosk mode: set while the tablet is a kiosk (issue 6). */
  | { key: 'kiosk'; value: KioskSettings }
  /** Wrong staff PINs in a row, so a reload does not reset the count. */
  | { key: 'kioskPinAttempts'; value: PinAttempts };
