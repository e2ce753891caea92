/**
 * A staff PIN as the device keeps it: never the PIN itself, only a PBKDF2 hash with its own random salt. The
 * parameters are stored with the hash, so a stronger setting later still checks PINs kept before it.
 */
export interface PinHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** Base64, 256 bits. */
  hash: string;
}

/** 4 to 8 digits: easy to type on a tablet, and kept hashed (WebCrypto) so it is never stored. */
export const PIN_PATTERN = /^[0-9]{4,8}$/;
/** OWASP's figure for PBKDF2-HMAC-SHA256 (2021): a few hundred milliseconds on a cheap tablet. */
export const PIN_ITERATIONS = 310_000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  if (!isValidPin(pin)) throw new RangeError('A staff PIN is 4 to 8 digits.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(pin, salt, iterations)),
  };
}

export async function pinMatches(pin: string, kept: PinHash): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const derived = await derive(pin, fromBase64(kept.salt), kept.iterations);
  const expected = fromBase64(kept.hash);
  // Every byte compared, whatever the first difference: how long a wrong PIN takes says nothing.
  let difference = derived.length ^ expected.length;
  for (let i = 0; i < derived.length; i++) difference |= (derived[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
