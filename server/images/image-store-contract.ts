import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import type { Store } from '../store/store.ts';
import type { StoredImage } from './image-store.ts';

/** A tiny valid PNG (1 × 1, red), for tests in every runtime that needs a picture. */
export const RED_PIXEL_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export function testImage(bytes: Uint8Array = RED_PIXEL_PNG): StoredImage {
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    type: 'image/png',
    bytes,
    size: bytes.length,
    uploadedAt: '2026-11-30T09:00:00.000Z',
    uploadedBy: null,
  };
}

/** The image store's part of the store contract (store-contract.ts calls it inside its own setup). */
export function imageStoreContract(store: () => Store): void {
  test('a picture is kept once under its hash, bytes unchanged, and found again', async () => {
    const image = testImage();
    expect(await store().images.saveImage(image)).toBe('stored');
    expect(await store().images.saveImage({ ...image, uploadedAt: '2026-12-01T00:00:00.000Z' })).toBe('existing');
    expect(await store().images.findImage(image.id)).toEqual(image);
    expect(await store().images.findImage('0'.repeat(64))).toBeUndefined();
  });

  test('existingImages names only the pictures kept', async () => {
    const image = testImage();
    await store().images.saveImage(image);
    expect(await store().images.existingImages([image.id, 'f'.repeat(64)])).toEqual(new Set([image.id]));
    expect(await store().images.existingImages([])).toEqual(new Set());
  });
}
