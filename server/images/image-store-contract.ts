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
    // Uploaded again: the same bytes, and the later upload time (the sweep of unused pictures waits again).
    expect(await store().images.findImage(image.id)).toEqual({ ...image, uploadedAt: '2026-12-01T00:00:00.000Z' });
    expect(await store().images.saveImage(image)).toBe('existing');
    expect((await store().images.findImage(image.id))?.uploadedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(await store().images.findImage('0'.repeat(64))).toBeUndefined();
  });

  test('existingImages names only the pictures kept', async () => {
    const image = testImage();
    await store().images.saveImage(image);
    expect(await store().images.existingImages([image.id, 'f'.repeat(64)])).toEqual(new Set([image.id]));
    expect(await store().images.existingImages([])).toEqual(new Set());
  });

  test('pictures uploaded before a time are listed, and removed only if still that old', async () => {
    const old = testImage();
    const newer = { ...testImage(Uint8Array.from([...RED_PIXEL_PNG, 0])), uploadedAt: '2026-11-30T12:00:00.000Z' };
    await store().images.saveImage(old);
    await store().images.saveImage(newer);
    expect(await store().images.imagesUploadedBefore('2026-11-30T10:00:00.000Z')).toEqual([old.id]);
    expect(await store().images.imagesUploadedBefore('2026-11-30T13:00:00.000Z')).toEqual([old.id, newer.id].sort());
    // The newer one was uploaded after the time given, so it stays even when named.
    expect(await store().images.removeImages([old.id, newer.id], '2026-11-30T10:00:00.000Z')).toBe(1);
    expect(await store().images.existingImages([old.id, newer.id])).toEqual(new Set([newer.id]));
    expect(await store().images.removeImages([], '2026-11-30T13:00:00.000Z')).toBe(0);
    // A draft saved with a picture renews its time, never to an earlier one.
    await store().images.touchImages([newer.id, 'f'.repeat(64)], '2026-11-30T14:00:00.000Z');
    await store().images.touchImages([newer.id], '2026-11-30T11:00:00.000Z');
    expect((await store().images.findImage(newer.id))?.uploadedAt).toBe('2026-11-30T14:00:00.000Z');
    await store().images.touchImages([], '2026-11-30T15:00:00.000Z');
  });
}
