import { QUIET_ZONE, qrPath } from './qr-path.ts';

/**
 * A QR code from the endpoint's modules, drawn as one SVG path, so it stays sharp when printed and needs no
 * script or canvas. It is an image with a name (`label`); the text beside it gives the same address.
 */
export function QrCode({ rows, label }: { rows: string[]; label: string }) {
  const size = rows.length + QUIET_ZONE * 2;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(rows)} fill="#000" />
    </svg>
  );
}
