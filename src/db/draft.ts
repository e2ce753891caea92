import type { Answers, Assistance } from '../core/response.ts';

/** Answers in progress, saved as each is given so nothing is lost on reload or restart. */
export interface Draft {
  formId: string;
  formVersion: number;
  answers: Answers;
  /** Where the person was ("check" for Check your answers, else a screen id), so reopening resumes there. */
  position?: string;
  /** The language and reading level the person chose for this form. */
  reading?: { language: string; easyRead: boolean };
  /** Issue 8: staff marked the session as assisted (or, null, as not); absent when nobody said. */
  assistance?: Assistance | null;
  /** ISO time of the last change. */
  updatedAt: string;
}
