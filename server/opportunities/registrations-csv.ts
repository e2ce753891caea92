import { csvLine } from '../csv.ts';
import type { StoredRegistration } from './opportunity-store.ts';

const HEADER = [
  'id',
  'name',
  'contact_method',
  'contact',
  'language',
  'event',
  'device_id',
  'submitted_at',
  'received_at',
];

/**
 * An opportunity's registrations as CSV for the officer who will contact people: one line each, in the order
 * they arrived, with a byte-order mark so spreadsheets read the names' accents. Cells a spreadsheet would run
 * as formulas are neutralised (csv.ts): a resident typed them.
 */
export function registrationsCsv(registrations: StoredRegistration[]): string {
  let text = `\uFEFF${csvLine(HEADER)}`;
  for (const r of registrations) {
    text += csvLine([
      r.id,
      r.name ?? '',
      r.contactMethod,
      r.contactValue ?? '',
      r.language,
      r.event ?? '',
      r.deviceId,
      r.submittedAt,
      r.receivedAt,
    ]);
  }
  return text;
}
