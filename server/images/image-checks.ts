import type { FormDefinition } from '../../src/core/form.ts';
import type { PublishProblem } from '../forms/publish-form.ts';
import type { Store } from '../store/store.ts';
import { IMAGE_SRC } from './images-route.ts';

/**
 * Publishing checks for pictures: an information screen's picture must be one uploaded to this endpoint
 * (`/api/images/<sha>`, kept in the store), so that every tablet can fetch it and keep it for offline use.
 * (Its description, the alt text, is required by the form's shape and the default-language check.)
 */
export async function imageProblems(store: Store, form: FormDefinition): Promise<PublishProblem[]> {
  const pictures = form.questions.flatMap((question, index) =>
    question.type === 'info' && question.image ? [{ question: question.id, index, src: question.image.src }] : [],
  );
  const ids = pictures.flatMap(({ src }) => IMAGE_SRC.exec(src)?.[1] ?? []);
  const kept = await store.images.existingImages(ids);
  return pictures.flatMap(({ question, index, src }): PublishProblem[] => {
    const id = IMAGE_SRC.exec(src)?.[1];
    if (id === undefined)
      return [
        {
          question,
          message: `questions.${index}.image.src: the picture of question "${question}" must be uploaded to this endpoint first (an address like /api/images/…), not "${src}".`,
        },
      ];
    if (!kept.has(id))
      return [
        {
          question,
          message: `questions.${index}.image.src: the picture of question "${question}" is not on this endpoint. Upload it again.`,
        },
      ];
    return [];
  });
}
