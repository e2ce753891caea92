import { normaliseReferenceCode } from './reference-code.ts';

/** Crockford's base32, as reference-code.ts writes it. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The response id of a paper sheet, made from the reference code printed on it: the code's 40 bits first
 * (so `referenceCode(id)` gives the printed code back and the resident's slip finds the response), then bits
 * derived from the code alone. The same sheet keyed twice, or in two batches, always gets the same id, so it
 * is stored once. Undefined when the text cannot be a reference code.
 *
 * @example paperResponseId('04HM-ASW9') // '0123456789…' (starts with the code's 40 bits)
 */
export function paperResponseId(reference: string): string | undefined {
  const code = normaliseReferenceCode(reference);
  if (!code) return undefined;
  const plain = code.replace('-', '');
  const head = [plain.slice(0, 4), plain.slice(4)]
    .map((half) =>
      [...half]
        .reduce((value, c) => value * 32 + ALPHABET.indexOf(c), 0)
        .toString(16)
        .padStart(5, '0'),
    )
    .join('');
  let tail = '';
  for (let seed = 1; tail.length < 22; seed++) tail += mix(`chorus-paper:${code}`, seed).toString(16).padStart(8, '0');
  const hex = (head + tail).slice(0, 32).split('');
  hex[12] = '4'; // version 4
  hex[16] = (8 + (Number.parseInt(hex[16] ?? '0', 16) % 4)).toString(16); // RFC 4122 variant
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A 32-bit FNV-1a style hash with a seed: enough to spread the id's tail, not a secret. */
function mix(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d) >>> 0;
  return (hash ^ (hash >>> 12)) >>> 0;
}
