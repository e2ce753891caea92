import { createHash } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { describeSize, IMAGE_MAX_BYTES, sniffImageType } from '../../src/core/image-type.ts';
import { apiError } from '../api-error.ts';
import type { Access, AccessEnv } from '../auth/access.ts';
import type { Store } from '../store/store.ts';

/** What `POST /api/forms/images` answers: the address to put in a question's `image.src`. */
export interface ImageUploadReply {
  src: string;
  bytes: number;
  type: string;
}

/** `/api/images/<sha>`: the only `src` the publishing checks accept for an information screen's picture. */
export const IMAGE_SRC = /^\/api\/images\/([0-9a-f]{64})$/;

/**
 * `POST /api/forms/images` (permission `forms`): a PNG, JPEG or WebP picture of at most 1 MiB, as the raw
 * body or a multipart `file`. The type is read from the bytes; the picture is kept under the SHA-256 of its
 * bytes, so uploading it again answers the same address and stores nothing new.
 */
export function imageUploadRoute(access: Access): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  route.post('/', access.officer('forms'), async (c) => {
    const bytes = await readUpload(c);
    if (!bytes) return apiError(c, 400, 'missing-file', 'Choose a picture to upload (the form field "file").');
    if (bytes.length > IMAGE_MAX_BYTES) return tooLargeReply(c, bytes.length);
    if (bytes.length === 0) return apiError(c, 400, 'empty-file', 'The picture is empty. Choose another file.');
    const type = sniffImageType(bytes);
    if (!type)
      return apiError(
        c,
        415,
        'image-type',
        'This file is not a PNG, JPEG or WebP picture. Save it in one of those formats and upload it again.',
      );
    const id = createHash('sha256').update(bytes).digest('hex');
    await access.store.images.saveImage({
      id,
      type,
      bytes,
      size: bytes.length,
      uploadedAt: new Date().toISOString(),
      uploadedBy: c.get('officer').id,
    });
    return c.json<ImageUploadReply>({ src: `/api/images/${id}`, bytes: bytes.length, type }, 201);
  });
  return route;
}

/** `GET /api/images/:sha` (public, so tablets can keep pictures for offline use): the bytes, cached for ever. */
export function imageRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();
  route.get('/:sha', async (c) => {
    const sha = c.req.param('sha');
    const image = /^[0-9a-f]{64}$/.test(sha) ? await store.images.findImage(sha) : undefined;
    if (!image) return apiError(c, 404, 'image-not-found', 'There is no picture at this address.');
    // The address is the hash of the bytes, so what it answers can never change.
    return c.body(new Uint8Array(image.bytes), 200, {
      'Content-Type': image.type,
      'Content-Length': String(image.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return route;
}

/** 413 naming the limit and the file's size (from Content-Length when the body was refused unread). */
export function tooLargeReply(c: Context, size: number | undefined) {
  const given = size === undefined ? '' : ` This file is ${describeSize(size)}.`;
  return apiError(
    c,
    413,
    'image-too-large',
    `A picture can be at most ${describeSize(IMAGE_MAX_BYTES)}.${given} Make it smaller (fewer pixels, or JPEG or WebP) and upload it again.`,
  );
}

async function readUpload(c: Context): Promise<Uint8Array | undefined> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') {
    const file = (await c.req.parseBody()).file;
    return file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined;
  }
  return new Uint8Array(await c.req.arrayBuffer());
}
