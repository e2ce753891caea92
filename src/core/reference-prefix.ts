import { normaliseReferenceCode } from './reference-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The start of the response UUID a reference code was made from (referenceCode: its first 40 bits), as
 * lower-case "xxxxxxxx-xx", so the endpoint can find which consultation it belongs to. Undefined when the
 * typed text cannot be a reference.
 *
 * @example referenceIdPrefix('04hm asw9') // '01234567-89'
 */
export function referenceIdPrefix(typed: string): string | undefined {
  const code = normaliseReferenceCode(typed)?.replace('-', '');
  if (code === undefined) return undefined;
  const hex = [code.slice(0, 4), code.slice(4)]
    .map((half) =>
      [...half]
        .reduce((value, c) => value * 32 + ALPHABET.indexOf(c), 0)
        .toString(16)
        .padStart(5, '0'),
    )
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8)}`;
}
