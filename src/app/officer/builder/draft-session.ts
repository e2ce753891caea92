import { signal } from '@preact/signals';
import type { FormDefinition } from '../../../core/form.ts';
import { t, timeLocale } from '../../../i18n/i18n.ts';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';

/** A draft as `/api/forms/drafts` answers (server/forms/drafts-store.ts). */
export interface FormDraft {
  formId: string;
  form: FormDefinition;
  basedOnVersion: number | null;
  updatedAt: string;
  updatedBy: string | null;
}

export type OpenDraft =
  | { kind: 'loading'; formId: string }
  | { kind: 'missing'; formId: string; message: string }
  | { kind: 'open'; draft: FormDraft; published: FormDefinition[] };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: string }
  /** Someone else saved the draft since this builder read it: theirs is kept until the officer chooses. */
  | { kind: 'conflict'; theirs: FormDraft }
  | { kind: 'theirs'; at: string };

/** The draft the builder has open, and every published version of the same consultation (oldest first). */
export const openDraft = signal<OpenDraft>({ kind: 'loading', formId: '' });
/** Shown in a polite live region: "Saving…", "Saved at 10:42", "Not saved: …". */
export const saveState = signal<SaveState>({ kind: 'idle' });

/** Counts drafts put on screen from the endpoint, so the sections start afresh with another officer's version. */
export const draftGeneration = signal(0);

/** How long the builder waits after the last change before saving. */
export const AUTOSAVE_MS = 800;
let timer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<boolean> | undefined;

export function draftPath(formId: string): string {
  return `/api/forms/drafts/${encodeURIComponent(formId)}`;
}

/** Opens the draft of `formId` (unless it is open already) with the consultation's published versions. */
export async function loadDraft(formId: string): Promise<void> {
  const current = openDraft.value;
  if (current.kind === 'open' && current.draft.formId === formId) return;
  openDraft.value = { kind: 'loading', formId };
  saveState.value = { kind: 'idle' };
  try {
    const [{ draft }, { forms }] = await Promise.all([
      officerCall<{ draft: FormDraft }>(draftPath(formId)),
      officerCall<{ forms: FormDefinition[] }>('/api/forms'),
    ]);
    const published = forms.filter((f) => f.id === formId).sort((a, b) => a.version - b.version);
    openDraft.value = { kind: 'open', draft, published };
  } catch (error) {
    openDraft.value = { kind: 'missing', formId, message: problemText(error) };
  }
}

/**
 * Changes the open draft's form at once on screen, and saves it on the endpoint shortly after; while another
 * officer's save is waiting for a choice (`conflict`), changes stay on screen and wait for that choice.
 */
export function changeForm(change: (form: FormDefinition) => FormDefinition): void {
  const current = openDraft.value;
  if (current.kind !== 'open') return;
  openDraft.value = { ...current, draft: { ...current.draft, form: change(current.draft.form) } };
  clearTimeout(timer);
  if (saveState.value.kind !== 'conflict') timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
}

/**
 * Saves the open draft now (as publishing does first); true when the endpoint has it. Saves go one at a time,
 * each based on the one before. While another officer's save waits for a choice, nothing is saved: only
 * "Keep my version" saves over theirs.
 */
export async function saveNow({ overTheirs = false } = {}): Promise<boolean> {
  clearTimeout(timer);
  timer = undefined;
  // Every waiting caller waits for the save in flight, then for one started by another waiting caller.
  while (saving) await saving;
  if (saveState.value.kind === 'conflict' && !overTheirs) return false;
  const current = openDraft.value;
  if (current.kind !== 'open') return false;
  const { form, formId, updatedAt: basedOn } = current.draft;
  saveState.value = { kind: 'saving' };
  const attempt = putDraft(formId, form, basedOn);
  saving = attempt;
  try {
    return await attempt;
  } finally {
    saving = undefined;
  }
}

async function putDraft(formId: string, form: FormDefinition, basedOn: string): Promise<boolean> {
  try {
    const { draft } = await officerCall<{ draft: FormDraft }>(draftPath(formId), jsonBody('PUT', { form, basedOn }));
    // The next save is based on this one; the form on screen may have changed meanwhile, so it stays.
    const now = openDraft.value;
    if (now.kind === 'open' && now.draft.formId === formId) {
      openDraft.value = { ...now, draft: { ...now.draft, updatedAt: draft.updatedAt, updatedBy: draft.updatedBy } };
    }
    saveState.value = { kind: 'saved', at: draft.updatedAt };
    return true;
  } catch (error) {
    const theirs = error instanceof OfficerApiError && error.code === 'draft-changed' ? theirDraft(error) : undefined;
    if (theirs) {
      // A change typed meanwhile waits for the officer's choice, with the rest of theirs on screen.
      clearTimeout(timer);
      timer = undefined;
      saveState.value = { kind: 'conflict', theirs };
    } else {
      saveState.value = { kind: 'failed', reason: problemText(error) };
    }
    return false;
  }
}

/** The other officer's draft, which the 409 `draft-changed` reply carries. */
function theirDraft(error: OfficerApiError): FormDraft | undefined {
  const draft = (error.body as { draft?: FormDraft } | undefined)?.draft;
  return draft && typeof draft.updatedAt === 'string' && typeof draft.form === 'object' ? draft : undefined;
}

/** After a conflict: saves the form on screen over the other officer's draft. */
export async function keepMine(): Promise<boolean> {
  const current = openDraft.value;
  const state = saveState.value;
  if (current.kind !== 'open' || state.kind !== 'conflict') return false;
  openDraft.value = { ...current, draft: { ...current.draft, updatedAt: state.theirs.updatedAt } };
  return saveNow({ overTheirs: true });
}

/** After a conflict: drops the changes on screen and carries on from the other officer's draft. */
export function openTheirs(): void {
  const current = openDraft.value;
  const state = saveState.value;
  if (current.kind !== 'open' || state.kind !== 'conflict') return;
  clearTimeout(timer);
  timer = undefined;
  openDraft.value = { ...current, draft: state.theirs };
  draftGeneration.value += 1;
  saveState.value = { kind: 'theirs', at: state.theirs.updatedAt };
}

/**
 * Deletes the open draft on the endpoint, only if no one else saved it since this builder read or saved it
 * (else an OfficerApiError `draft-changed` saying who did). A save in flight ends first.
 */
export async function deleteOpenDraft(formId: string): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  while (saving) await saving;
  const current = openDraft.value;
  const basedOn = current.kind === 'open' && current.draft.formId === formId ? current.draft.updatedAt : undefined;
  const query = basedOn ? `?${new URLSearchParams({ basedOn })}` : '';
  try {
    await officerCall(`${draftPath(formId)}${query}`, { method: 'DELETE' });
  } catch (error) {
    if (!(error instanceof OfficerApiError) || error.code !== 'draft-changed') throw error;
    const theirs = theirDraft(error);
    if (!theirs) throw error;
    // Said in the officer's own time, as the save status says it.
    const message = t('builder.deleteDraft.changed', {
      who: theirs.updatedBy ?? t('builder.save.someone'),
      time: savedTime(theirs.updatedAt),
    });
    throw new OfficerApiError(409, 'draft-changed', message, error.body);
  }
}

/** "10:42": when a draft was saved, in the officer's own clock. */
export function savedTime(at: string): string {
  return new Date(at).toLocaleTimeString(timeLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** Forgets the open draft (after publishing or deleting it), so opening it again reads the endpoint. */
export function closeDraft(): void {
  clearTimeout(timer);
  timer = undefined;
  openDraft.value = { kind: 'loading', formId: '' };
  saveState.value = { kind: 'idle' };
}

/** A new consultation: every field the form needs, the texts still to write. */
export function blankForm(id: string, title: string, language: string): FormDefinition {
  const blank = { [language]: '' };
  return {
    id,
    version: 1,
    defaultLanguage: language,
    title: { [language]: title },
    description: blank,
    organisation: blank,
    estimatedMinutes: 5,
    privacy: { controller: blank, purpose: blank, retention: blank, rights: blank },
    questions: [],
  };
}
