import { afterEach, beforeEach, expect, test } from 'vitest';
import type { FormDefinition } from '../../src/core/form.ts';
import { IMAGE_MAX_BYTES } from '../../src/core/image-type.ts';
import { TEST_FORM } from '../../src/core/test-fixtures.ts';
import { testApp } from '../test-app.ts';
import { RED_PIXEL_PNG, testImage } from './image-store-contract.ts';
import { sweepUnusedImages } from './sweep-images.ts';

let app: Awaited<ReturnType<typeof testApp>>;
beforeEach(async () => {
  app = await testApp();
});
afterEach(() => app.dispose());

const upload = (body: BodyInit, role: 'officer' | 'outreach' = 'officer', type = 'application/octet-stream') =>
  app.asOfficer('/api/forms/images', { method: 'POST', headers: { 'Content-Type': type }, body }, role);

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const WEBP = Uint8Array.from(
  [...'RIFF']
    .map((c) => c.charCodeAt(0))
    .concat(
      [4, 0, 0, 0],
      [...'WEBPVP8 '].map((c) => c.charCodeAt(0)),
    ),
);

test('an officer uploads a PNG; the same bytes again give the same address and are stored once', async () => {
  const first = await upload(RED_PIXEL_PNG);
  expect(first.status).toBe(201);
  const { id } = testImage();
  expect(await first.json()).toEqual({ src: `/api/images/${id}`, bytes: RED_PIXEL_PNG.length, type: 'image/png' });
  const again = await upload(RED_PIXEL_PNG);
  expect(await again.json()).toEqual({ src: `/api/images/${id}`, bytes: RED_PIXEL_PNG.length, type: 'image/png' });
  expect((await app.store.images.findImage(id))?.uploadedBy).toBeTruthy();
});

test('JPEG and WebP are told by their bytes, whatever the name or type claimed; anything else is refused', async () => {
  const form = new FormData();
  form.set('file', new File([JPEG], 'photo.png', { type: 'image/png' }));
  expect(await (await app.asOfficer('/api/forms/images', { method: 'POST', body: form })).json()).toMatchObject({
    type: 'image/jpeg',
  });
  expect(await (await upload(WEBP, 'officer', 'image/png')).json()).toMatchObject({ type: 'image/webp' });

  const svg = await upload(
    new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    'officer',
    'image/png',
  );
  expect(svg.status).toBe(415);
  expect(await svg.json()).toEqual({
    error: {
      code: 'image-type',
      message: 'This file is not a PNG, JPEG or WebP picture. Save it in one of those formats and upload it again.',
    },
  });
});

test('a picture over 1 MiB is refused with 413 naming the limit and its size, and nothing is stored', async () => {
  const big = new Uint8Array(IMAGE_MAX_BYTES + 300 * 1024);
  big.set(RED_PIXEL_PNG);
  // As a browser sends it: with its length, which is all the endpoint reads of a body this large.
  const reply = await app.asOfficer('/api/forms/images', {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(big.length) },
    body: big,
  });
  expect(reply.status).toBe(413);
  expect(((await reply.json()) as { error: { message: string } }).error.message).toBe(
    'A picture can be at most 1 MiB. This file is 1.3 MiB. Make it smaller (fewer pixels, or JPEG or WebP) and upload it again.',
  );
  // Just over the limit, read in full by the route (under the body limit's allowance for multipart).
  const slightly = await upload(big.slice(0, IMAGE_MAX_BYTES + 1));
  expect(slightly.status).toBe(413);
  expect(((await slightly.json()) as { error: { message: string } }).error.message).toContain('This file is 1 MiB');
});

test('uploading needs the forms permission and the CSRF token', async () => {
  const init = { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: RED_PIXEL_PNG };
  expect((await app.request('/api/forms/images', init)).status).toBe(401);
  expect((await upload(RED_PIXEL_PNG, 'outreach')).status).toBe(403);
  const { Cookie } = await app.signIn('officer');
  const withoutCsrf = await app.request('/api/forms/images', {
    ...init,
    headers: { ...init.headers, Cookie: Cookie as string },
  });
  expect(withoutCsrf.status).toBe(403);
  expect(await app.store.images.findImage(testImage().id)).toBeUndefined();
});

test('GET /api/images/:sha is public: the bytes with their type, cached for ever, never sniffed; 404 otherwise', async () => {
  const { src } = (await (await upload(RED_PIXEL_PNG)).json()) as { src: string };
  const reply = await app.request(src);
  expect(reply.status).toBe(200);
  expect(reply.headers.get('content-type')).toBe('image/png');
  expect(reply.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
  expect(new Uint8Array(await reply.arrayBuffer())).toEqual(RED_PIXEL_PNG);

  for (const path of [`/api/images/${'0'.repeat(64)}`, '/api/images/not-a-hash']) {
    const missing = await app.request(path);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
  }
});

function withPicture(src: string, alt: Record<string, string> = { en: 'A map of the park' }): FormDefinition {
  return {
    ...TEST_FORM,
    id: 'park',
    questions: [
      {
        id: 'map',
        type: 'info',
        required: false,
        label: { en: 'The park' },
        body: { en: 'Look.' },
        image: { src, alt },
      },
      ...TEST_FORM.questions,
    ],
  };
}
const publish = (form: unknown) =>
  app.asOfficer('/api/forms', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(form),
  });

test('publishing needs each picture uploaded here, and its description', async () => {
  const elsewhere = await publish(withPicture('https://example.org/park.png'));
  expect(elsewhere.status).toBe(400);
  expect(((await elsewhere.json()) as { problems: unknown[] }).problems).toEqual([
    {
      question: 'map',
      message:
        'questions.0.image.src: the picture of question "map" must be uploaded to this endpoint first (an address like /api/images/…), not "https://example.org/park.png".',
    },
  ]);
  const missing = await publish(withPicture(`/api/images/${'a'.repeat(64)}`));
  expect(((await missing.json()) as { problems: unknown[] }).problems).toEqual([
    {
      question: 'map',
      message: 'questions.0.image.src: the picture of question "map" is not on this endpoint. Upload it again.',
    },
  ]);

  const { src } = (await (await upload(RED_PIXEL_PNG)).json()) as { src: string };
  const noAlt = await publish(withPicture(src, { cy: 'Map' }));
  expect(((await noAlt.json()) as { problems: { question: string }[] }).problems).toEqual([
    { question: 'map', message: "questions.0.image.alt has no text in en, the form's default language." },
  ]);
  expect((await publish(withPicture(src))).status).toBe(201);
});

test('pictures nothing uses go a day after their last use, when a draft is deleted; those of published versions and drafts stay', async () => {
  const picture = (n: number) => ({ ...testImage(Uint8Array.from([...RED_PIXEL_PNG, n])), uploadedAt: TWO_DAYS_AGO });
  const [published, inDraft, dropped, forgotten, recent] = [
    picture(1),
    picture(2),
    picture(3),
    picture(4),
    testImage(),
  ];
  for (const image of [published, inDraft, dropped, forgotten]) await app.store.images.saveImage(image);
  // Uploaded a moment ago and not yet in a saved draft: the builder may be about to save it.
  expect((await upload(RED_PIXEL_PNG)).status).toBe(201);
  expect((await publish(withPicture(`/api/images/${published.id}`))).status).toBe(201);
  const draftWith = (id: string, src: string) =>
    app.asOfficer('/api/forms/drafts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ form: { ...withPicture(src), id } }),
    });
  // Saving a draft with a picture renews its time: an old picture put back in a draft is in use again.
  expect((await draftWith('kept-draft', `/api/images/${inDraft.id}`)).status).toBe(201);
  expect((await draftWith('dropped-draft', `/api/images/${dropped.id}`)).status).toBe(201);
  expect((await app.store.images.findImage(dropped.id))?.uploadedAt).not.toBe(TWO_DAYS_AGO);

  expect((await app.asOfficer('/api/forms/drafts/dropped-draft', { method: 'DELETE' })).status).toBe(204);
  const ids = [published.id, inDraft.id, dropped.id, forgotten.id, recent.id];
  // Only the picture nothing has used for two days went; the dropped draft's was used a moment ago.
  expect(await app.store.images.existingImages(ids)).toEqual(
    new Set([published.id, inDraft.id, dropped.id, recent.id]),
  );
  expect((await app.request(`/api/images/${forgotten.id}`)).status).toBe(404);

  // A day on, the dropped draft's and the unused recent one go; the published version's and the draft's stay.
  const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
  expect(await sweepUnusedImages(app.store, tomorrow)).toBe(2);
  expect(await app.store.images.existingImages(ids)).toEqual(new Set([published.id, inDraft.id]));
});

const TWO_DAYS_AGO = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
