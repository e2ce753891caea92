/** Crockford's base32: digits and capitals without I, L, O and U, which are easily misread or misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The reference shown on the confirmation screen ("Your reference is 7ZK3-Q9M1"), made from the response's
 * UUID so the device needs no counter and the endpoint can find the response from it. It is the UUID's first
 * 40 bits, which are random in a version 4 UUID: short enough to write down or read over the phone, and a
 * clash is about one in 20,000 among 10,000 responses, so an officer finding one by reference checks it.
 *
 * @example referenceCode('01234567-89ab-4def-8123-456789abcdef') // '04HM-ASW9'
 */
export function referenceCode(uuid: string): string {
  const hex = uuid.replaceAll('-', '');
  if (!/^[0-9a-f]{32}$/i.test(hex))
    throw new Error(`A reference code is made from a response's UUID, and "${uuid}" is not one.`);
  // Two 20-bit halves, so the arithmetic stays exact in ordinary numbers.
  const code = [hex.slice(0, 5), hex.slice(5, 10)].map((half) => base32(Number.parseInt(half, 16), 4)).join('');
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A reference as someone typed or read it, made comparable with referenceCode's: case and spaces or dashes
 * ignored, and the letters Crockford reads as digits (I and L as 1, O as 0) taken as those digits. Undefined
 * when it cannot be a reference.
 */
export function normaliseReferenceCode(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (plain.length !== 8 || [...plain].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}

function base32(value: number, digits: number): string {
  let text = '';
  for (let i = digits - 1; i >= 0; i--) text += ALPHABET[Math.floor(value / 32 ** i) % 32];
  return text;
}
