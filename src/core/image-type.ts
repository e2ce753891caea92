/** The picture types an information screen may show (checked by their bytes, sniffImageType). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * The largest picture an officer may upload: tablets download every picture of every form they keep. Shared
 * by the endpoint (server/images) and the builder's picture field, which checks before uploading.
 */
export const IMAGE_MAX_BYTES = 1024 * 1024;

/**
 * The picture's type from its first bytes (its "magic number"), never from its name or the type the
 * browser claims: PNG, JPEG or WebP, else undefined.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (offset: number, ...expected: number[]) => expected.every((b, i) => bytes[offset + i] === b);
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  // "RIFF", four bytes of size, "WEBP".
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

/** "1 MiB", "1.4 MiB", "230 KiB": sizes as an officer reads them. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}
