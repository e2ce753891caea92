import type { ExportFormat } from './download-export.ts';

/** What the officer chose on the exports screen; blank means "every". */
export interface ExportChoices {
  form: string;
  version: string;
  from: string;
  to: string;
  event: string;
  channel: string;
  language: string;
  /** Issue 8: a partner organisation, or "none" for the council's own tablets. */
  partner: string;
  /** Issue 8: staff or interpreter. */
  assisted: string;
  format: ExportFormat;
}

/** The export's address: the endpoint's query names (server/exports/export-request.ts), blanks left out. */
export function exportPath(choices: ExportChoices): string {
  const query = new URLSearchParams();
  for (const name of [
    'form',
    'version',
    'from',
    'to',
    'event',
    'channel',
    'language',
    'partner',
    'assisted',
  ] as const) {
    const value = name === 'event' || name === 'partner' ? choices[name] : choices[name].trim();
    if (value) query.set(name, value);
  }
  return `/api/responses.${choices.format}?${query}`;
}

/** The field to fix for each of the endpoint's refusals (export-request.ts), by its element id. */
export function fieldForRefusal(code: string, message: string): string {
  switch (code) {
    case 'missing-form':
    case 'unknown-form':
      return 'export-form';
    case 'bad-version':
    case 'unknown-version':
      return 'export-version';
    case 'bad-date':
      return message.startsWith('"to"') ? 'export-to' : 'export-from';
    case 'dates-reversed':
      return 'export-to';
    case 'bad-channel':
      return 'export-channel';
    case 'bad-language':
      return 'export-language';
    case 'bad-assisted':
      return 'export-assisted';
    default:
      return '';
  }
}
