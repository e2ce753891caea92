/**
 * A set-up code as an officer shows it ("K7QM-3XHP"): upper case, spaces and dashes dropped, then the dash
 * put back; null when what was typed cannot be a code (8 letters and digits). The endpoint checks the rest.
 */
export function tidySetupCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[0-9A-Z]{8}$/.test(code) ? `${code.slice(0, 4)}-${code.slice(4)}` : null;
}
