/** The co-production principles a reflection can say made a difference (the council's review names these four). */
export const PRINCIPLES = ['equality', 'diversity', 'accessibility', 'reciprocity'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** What staff wrote after an event: who came, who did not, what worked, what to change, and the principles. */
export interface ReflectionFields {
  whoCame: string;
  /** Who did not come, and what might bring them. */
  whoDidNotCome: string;
  whatWorked: string;
  whatToChange: string;
  /** Each principle ticked, with the sentence on how it made a difference; an unticked one is absent. */
  principles: Partial<Record<Principle, string>>;
}

/** One post-event reflection, kept with the event's name (and the consultation, when one was chosen). */
export interface EventReflection {
  id: string;
  /** The event exactly as the tablets named it. */
  event: string;
  formId: string | null;
  fields: ReflectionFields;
  /** The officer or outreach worker who wrote it (null once their account is gone from the record). */
  authorId: string | null;
  authorName: string;
  writtenAt: string;
}
