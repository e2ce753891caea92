import { t, timeLocale } from '../../i18n/i18n.ts';

/** A time for officers: "1 Dec 2026, 14:05", in the browser's time zone. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(timeLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** A count for officers, or "fewer than 5" where the endpoint suppressed it. */
export function formatCount(count: number | null): string {
  return count === null ? t('reach.fewerThanFive') : count.toLocaleString(timeLocale());
}

/** "3.4 MB": bytes in the units people read. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
