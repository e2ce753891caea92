/** The co-production principles a reflection can tick (server/channels/reflection.ts). */
export const PRINCIPLES = ['equality', 'diversity', 'accessibility', 'reciprocity'] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** A post-event reflection as `GET /api/reflections` lists it. */
export interface Reflection {
  id: string;
  event: string;
  formId: string | null;
  fields: {
    whoCame: string;
    whoDidNotCome: string;
    whatWorked: string;
    whatToChange: string;
    principles: Partial<Record<Principle, string>>;
  };
  authorName: string;
  writtenAt: string;
}

/** An event as `GET /api/reflections/events` lists it: no response counts (outreach staff may read it). */
export interface ReflectedEvent {
  event: string;
  formId: string | null;
  reflections: number;
}

/** The longest answer the endpoint keeps (server/channels/reflections-route.ts). */
export const REFLECTION_TEXT_MAX = 4000;

function query(event: string, formId: string | null): string {
  return new URLSearchParams({ event, ...(formId && { form: formId }) }).toString();
}

/** Where staff write a reflection on an event. */
export function writePath(event: string, formId: string | null): string {
  return `/officer/reflections/new?${query(event, formId)}`;
}

/** Where an event's reflections are read. */
export function readPath(event: string, formId: string | null): string {
  return `/officer/reflections/event?${query(event, formId)}`;
}
