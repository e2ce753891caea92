import type { SendSummary } from '../core/messages.ts';
import { db } from './db.ts';

/** This device's id, made once and kept: every response names the device that collected it. */
export async function getDeviceId(): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get('deviceId');
    if (existing?.key === 'deviceId') return existing.value;
    const id = crypto.randomUUID();
    await db.settings.put({ key: 'deviceId', value: id });
    return id;
  });
}

export async function getLastSend(): Promise<SendSummary | undefined> {
  const row = await db.settings.get('lastSend');
  return row?.key === 'lastSend' ? row.value : undefined;
}

export async function setLastSend(summary: SendSummary): Promise<void> {
  await db.settings.put({ key: 'lastSend', value: summary });
}
