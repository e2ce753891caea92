import { expect, test } from 'vitest';
import type { FormDefinition, Question } from './form.ts';
import { formImageSources } from './form-images.ts';
import { TEST_FORM } from './test-fixtures.ts';

const info = (id: string, src: string): Question => ({
  id,
  type: 'info',
  required: false,
  label: { en: id },
  body: { en: 'Look.' },
  image: { src, alt: { en: 'A picture' } },
});
const withPictures = (...questions: Question[]): FormDefinition => ({ ...TEST_FORM, questions });

test('the uploaded pictures of every form, each once; addresses elsewhere are not the cache’s business', () => {
  const a = `/api/images/${'a'.repeat(64)}`;
  const b = `/api/images/${'b'.repeat(64)}`;
  expect(
    formImageSources([
      withPictures(info('one', a), info('two', '/images/park.png')),
      withPictures(info('three', a), info('four', b)),
      TEST_FORM,
    ]),
  ).toEqual([a, b]);
});
