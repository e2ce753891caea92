import type { SendSummary } from '../core/messages.ts';

/** Small device-wide values, one row each. */
export type Setting =
  | { key: 'deviceId'; value: string }
  | { key: 'lastSend'; value: SendSummary }
  /** The last sequence number given to an outbox entry; orders the outbox without trusting the clock. */
  | { key: 'outboxSeq'; value: number };
