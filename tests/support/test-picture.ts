import type { FormDefinition } from '../../src/core/form.ts';

/** A 4 × 4 PNG, dark green, so "decoded" means something (naturalWidth 4). */
export const GREEN_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR42mNgYPiPBSERiHoGAKrnB/lFfwu1AAAAAElFTkSuQmCC',
  'base64',
);

/**
 * The form with every information screen's picture pointing at `src`, a picture uploaded to the endpoint:
 * publishing refuses a picture that is not one (server/images/image-checks.ts).
 */
export function withPicture(form: FormDefinition, src: string): FormDefinition {
  return {
    ...form,
    questions: form.questions.map((q) => (q.type === 'info' && q.image ? { ...q, image: { ...q.image, src } } : q)),
  };
}
