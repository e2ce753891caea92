import { canonicalJson } from '../../src/core/canonical-json.ts';
import { checkFormDefinition, type FormDefinition } from '../../src/core/form.ts';
import { imageProblems } from '../images/image-checks.ts';
import type { Store } from '../store/store.ts';

/** One reason a form cannot be published, with the question it is about when there is one. */
export interface PublishProblem {
  question?: string;
  message: string;
}

export type PublishResult =
  | { status: 'published'; form: FormDefinition }
  | { status: 'invalid'; problems: PublishProblem[] }
  | { status: 'version-taken' | 'version-skipped'; latest: number; message: string };

/**
 * Publishes a form definition once it passes every publishing check (form-checks.ts). A published id and
 * version never changes, so a form whose id exists must come as the next version (latest + 1): an older or
 * equal version is taken, a later one would leave a gap that devices and exports would wonder about.
 */
export async function publishForm(store: Store, input: unknown): Promise<PublishResult> {
  const checked = checkFormDefinition(input);
  if (!checked.ok) return { status: 'invalid', problems: publishProblems(input, checked.errors) };
  const form = checked.form;
  const pictures = await imageProblems(store, form);
  if (pictures.length > 0) return { status: 'invalid', problems: pictures };
  const versions = (await store.listPublishedForms()).filter((f) => f.id === form.id).map((f) => f.version);
  if (versions.length > 0) {
    const latest = Math.max(...versions);
    if (form.version <= latest) {
      return {
        status: 'version-taken',
        latest,
        message: `Version ${form.version} of "${form.id}" is already published, and a published version never changes. Publish your changes as version ${latest + 1}.`,
      };
    }
    if (form.version > latest + 1) {
      return {
        status: 'version-skipped',
        latest,
        message: `The latest published version of "${form.id}" is ${latest}, so the next one is version ${latest + 1}, not ${form.version}.`,
      };
    }
  }
  await store.publishForm(form);
  // Two officers publishing the same version at once: the store keeps the first, so check which one it kept.
  const stored = await store.findForm(form.id, form.version);
  if (stored && canonicalJson(stored) !== canonicalJson(form)) {
    return {
      status: 'version-taken',
      latest: form.version,
      message: `Version ${form.version} of "${form.id}" was published by someone else a moment ago. Publish your changes as version ${form.version + 1}.`,
    };
  }
  return { status: 'published', form };
}

/** The publishing checks' errors, each with the question it is about ("questions.3..." → its id). */
export function publishProblems(input: unknown, errors: string[]): PublishProblem[] {
  return errors.map((error) => namedProblem(input, error));
}

function namedProblem(input: unknown, message: string): PublishProblem {
  const index = /^questions\.(\d+)/.exec(message)?.[1];
  const questions = (input as { questions?: unknown } | null)?.questions;
  if (index === undefined || !Array.isArray(questions)) return { message };
  const id = (questions[Number(index)] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== ''
    ? { question: id, message }
    : { question: `#${Number(index) + 1}`, message };
}
