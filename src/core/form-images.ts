import type { FormDefinition } from './form.ts';

/**
 * The Cache Storage cache that holds the pictures of the forms a device keeps, so information screens
 * show them offline: the page fills and prunes it (src/app/cache-form-images.ts), the service worker
 * answers `/api/images/*` from it first (service-worker/form-images.ts).
 */
export const FORM_IMAGES_CACHE = 'chorus-images';

/** The path every uploaded picture is served from (the endpoint's publishing checks insist on it). */
export const FORM_IMAGES_PATH = '/api/images/';

/** Every uploaded picture (`/api/images/…`, the only kind the endpoint publishes) these forms show, each once. */
export function formImageSources(forms: readonly FormDefinition[]): string[] {
  const sources = new Set<string>();
  for (const form of forms) {
    for (const question of form.questions) {
      if (question.type === 'info' && question.image?.src.startsWith(FORM_IMAGES_PATH)) sources.add(question.image.src);
    }
  }
  return [...sources];
}
