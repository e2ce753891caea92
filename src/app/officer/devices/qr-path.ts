/** The quiet zone a QR code needs around it for a camera to find it, in modules. */
export const QUIET_ZONE = 4;

/**
 * The SVG path of a QR code's dark modules (`rows`: one string of '0' and '1' per row, dark = '1'), one
 * rectangle per run of dark modules in a row, offset by the quiet zone: "M4 4h3v1h-3z…".
 */
export function qrPath(rows: string[]): string {
  let d = '';
  rows.forEach((row, y) => {
    for (const run of row.matchAll(/1+/g)) {
      d += `M${run.index + QUIET_ZONE} ${y + QUIET_ZONE}h${run[0].length}v1h-${run[0].length}z`;
    }
  });
  return d;
}
