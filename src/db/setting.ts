import type { SendSummary } from '../core/messages.ts';

/** Small device-wide values, one row each. */
export type Setting = { key: 'deviceId'; value: string } | { key: 'lastSend'; value: SendSummary };
