import { signal } from '@preact/signals';
import type { FormDefinition } from '../../core/form.ts';
import type { Answer, Answers, Assistance } from '../../core/response.ts';
import { discardDraft, loadDraft, saveDraft } from '../../db/drafts.ts';
import { getForm } from '../../db/forms.ts';
import { storageErrorMessage } from '../storage-error.ts';
import { openingReading, type ReadingChoice } from './form-text.ts';

/**
 * The form a person is answering, shared by its screens: the definition, the answers so far, and where
 * they are. Every change is written to the draft in IndexedDB as it is made, so a reload, a closed tab or
 * a flat battery loses nothing; the screens only ever read this one copy.
 */
export interface FormSession {
  form: FormDefinition;
  answers: Answers;
  /** A screen id, "check", or undefined before the person has started. */
  position: string | undefined;
  hasDraft: boolean;
  /** The language and reading level the person chose (response.language records the language). */
  reading: ReadingChoice;
  /**
   * Issue 8: staff marked this session as helped (or, null, as not helped); undefined when nobody said, and
   * the response then follows the tablet's own channel.
   */
  assistance?: Assistance | null;
}

export const session = signal<FormSession | null | 'missing'>(null);
/** 'saving' while a write is pending, 'saved' once every change so far is written, or why the last write failed. */
export const draftState = signal<'idle' | 'saving' | 'saved' | { error: string }>('idle');

let pendingWrites = 0;
let loading: Promise<void> | null = null;
let loadingId = '';

/** Loads the form and its draft, unless this form is already open. A draft pins the version it started on. */
export function openSession(formId: string): Promise<void> {
  const current = session.value;
  if (current && current !== 'missing' && current.form.id === formId) return Promise.resolve();
  if (loading && loadingId === formId) return loading;
  loadingId = formId;
  draftState.value = 'idle';
  loading = (async () => {
    const draft = await loadDraft(formId);
    const stored = await getForm(formId, draft?.formVersion);
    session.value = stored
      ? {
          form: stored.definition,
          answers: draft?.answers ?? {},
          position: draft?.position,
          hasDraft: Boolean(draft),
          reading: openingReading(draft?.reading),
          ...(draft?.assistance !== undefined && { assistance: draft.assistance }),
        }
      : 'missing';
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** Records one answer (undefined clears it) and saves the draft. */
export function setAnswer(questionId: string, answer: Answer | undefined): void {
  const current = active();
  const answers = { ...current.answers };
  if (answer === undefined) delete answers[questionId];
  else answers[questionId] = answer;
  update({ ...current, answers, hasDraft: true });
}

/** Records where the person is, so that reopening the form resumes there. */
export function setPosition(position: string): void {
  const current = active();
  if (current.position === position) return;
  update({ ...current, position, hasDraft: true });
}

/** The person chose a language or reading level for this form. Kept with the draft once there is one. */
export function setReading(reading: ReadingChoice): void {
  const current = active();
  if (current.reading.language === reading.language && current.reading.easyRead === reading.easyRead) return;
  session.value = { ...current, reading };
  if (current.hasDraft) update({ ...current, reading });
}

/** Staff marked who is helping (null: no one). Kept with the draft once there is one, as the reading is. */
export function setAssistance(assistance: Assistance | null): void {
  const current = active();
  session.value = { ...current, assistance };
  if (current.hasDraft) update({ ...current, assistance });
}

/** "Start again": forgets the answers on this device, and starts on the newest version kept. */
export async function startAgain(): Promise<void> {
  const current = active();
  await discardDraft(current.form.id);
  const form = (await getForm(current.form.id))?.definition ?? current.form;
  // Whoever starts again is someone new: staff mark their own assistance again (none carried over).
  session.value = {
    ...current,
    form,
    answers: {},
    position: undefined,
    hasDraft: false,
    reading: current.reading,
    assistance: undefined,
  };
  draftState.value = 'idle';
}

/** Forgets the session in memory (after submit, the draft is gone from the database too). */
export function closeSession(): void {
  session.value = null;
  draftState.value = 'idle';
}

/** The form open now, if any. */
export function openForm(): FormSession | null {
  const current = session.value;
  return current && current !== 'missing' ? current : null;
}

function active(): FormSession {
  const current = session.value;
  if (!current || current === 'missing') throw new Error('No form is open.');
  return current;
}

function update(next: FormSession): void {
  session.value = next;
  pendingWrites++;
  draftState.value = 'saving';
  let failure: string | null = null;
  saveDraft(next.form.id, next.form.version, next.answers, next.position, next.reading, next.assistance)
    .catch((error: unknown) => {
      failure = storageErrorMessage(error);
    })
    .finally(() => {
      pendingWrites--;
      // Each write holds the whole draft, so the last one to succeed saves everything so far; "saved" is
      // shown only then, and never while the latest write has failed.
      if (failure) draftState.value = { error: failure };
      else if (pendingWrites === 0) draftState.value = 'saved';
    });
}
