/** The longest partner organisation name kept. */
export const PARTNER_MAX_LENGTH = 120;

/**
 * A partner organisation's name as it is kept: trimmed, with single spaces, and spelt as the first set-up code
 * that named it spelt it when it matches one case-insensitively ("healthwatch  west berkshire" is
 * "Healthwatch West Berkshire"), so one organisation is counted once in reach and exports. Empty: no partner.
 */
export function normalisePartner(name: string, known: readonly string[]): string | null {
  const tidy = name.trim().replace(/\s+/g, ' ');
  if (!tidy) return null;
  const lower = tidy.toLocaleLowerCase('en-GB');
  return known.find((k) => k.toLocaleLowerCase('en-GB') === lower) ?? tidy;
}
