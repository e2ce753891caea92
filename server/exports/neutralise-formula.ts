/**
 * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets an
 * apostrophe in front, so it opens as text: answers come from the public, and `=HYPERLINK(...)` in a cell
 * an officer clicks is an attack (CSV injection). The apostrophe stays visible in the cell; it is the
 * documented marker that the text was neutralised.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
