import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { AccessEnv } from '../auth/access.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { Store } from '../store/store.ts';
import { PRINCIPLES, type Principle, type ReflectionFields } from './reflection.ts';

/** The longest answer to one reflection question. */
export const REFLECTION_TEXT_MAX = 4000;
const EVENT_MAX = 200;

type Problem = { field: string; message: string };

const PRINCIPLE_NAMES: Record<Principle, string> = {
  equality: 'equality',
  diversity: 'diversity',
  accessibility: 'accessibility',
  reciprocity: 'reciprocity',
};

/**
 * `/api/reflections` (permission `reflections`: administrators, officers and outreach staff): post-event
 * reflections, kept with the event's name.
 * - `GET /?event=&form=`: the reflections, oldest first.
 * - `GET /events`: every event tablets have named, per form, with how many reflections each has; no response
 *   counts, which outreach staff may not see.
 * - `POST /`: `{ event, formId?, whoCame, whoDidNotCome, whatWorked, whatToChange, principles: { equality?: "…" } }`
 *   by the signed-in officer; 201 with the reflection, or 400 with every problem, each naming its field.
 */
export function reflectionsRoute(store: Store): Hono<AccessEnv> {
  const route = new Hono<AccessEnv>();

  route.get('/', async (c) => {
    const event = c.req.query('event');
    const formId = c.req.query('form') || undefined;
    const reflections = await store.channels.listReflections({
      ...(event !== undefined && { event }),
      ...(formId !== undefined && { formId }),
    });
    return c.json({ reflections });
  });

  route.get('/events', async (c) => {
    const reflections = await store.channels.listReflections();
    const events = new Map<string, { event: string; formId: string | null; reflections: number }>();
    const keyOf = (event: string, formId: string | null) => JSON.stringify([event, formId]);
    for (const { event, formId } of await store.listEvents()) {
      if (event) events.set(keyOf(event, formId), { event, formId, reflections: 0 });
    }
    for (const r of reflections) {
      const key = keyOf(r.event, r.formId);
      const known = events.get(key) ?? { event: r.event, formId: r.formId, reflections: 0 };
      events.set(key, { ...known, reflections: known.reflections + 1 });
    }
    return c.json({ events: [...events.values()] });
  });

  route.post('/', async (c) => {
    const body = await readJsonBody(c, 'The reflection');
    if (!body.ok) return body.reply;
    const checked = readReflection(body.value);
    if ('problems' in checked) {
      const [first] = checked.problems;
      return c.json({ error: { code: 'invalid-reflection', ...first, problems: checked.problems } }, 400);
    }
    const officer = c.get('officer');
    const reflection = {
      id: randomUUID(),
      event: checked.event,
      formId: checked.formId,
      fields: checked.fields,
      authorId: officer.id,
      authorName: officer.name,
      writtenAt: new Date().toISOString(),
    };
    await store.channels.addReflection(reflection);
    return c.json({ reflection }, 201);
  });

  return route;
}

function readReflection(
  input: unknown,
): { event: string; formId: string | null; fields: ReflectionFields } | { problems: Problem[] } {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const text = (field: string, label: string, required = false): string => {
    const value = typeof raw[field] === 'string' ? (raw[field] as string).trim() : '';
    if (required && !value) problems.push({ field, message: `Enter ${label}` });
    else if (value.length > REFLECTION_TEXT_MAX) {
      problems.push({ field, message: `${capital(label)} must be ${REFLECTION_TEXT_MAX} characters or fewer` });
    }
    return value;
  };
  const event = text('event', 'the name of the event', true);
  if (event.length > EVENT_MAX)
    problems.push({ field: 'event', message: `The event name must be ${EVENT_MAX} characters or fewer` });
  const formId = typeof raw.formId === 'string' && raw.formId.trim() ? raw.formId.trim() : null;
  const fields: ReflectionFields = {
    whoCame: text('whoCame', 'who came', true),
    whoDidNotCome: text('whoDidNotCome', 'who did not come'),
    whatWorked: text('whatWorked', 'what worked'),
    whatToChange: text('whatToChange', 'what to change'),
    principles: {},
  };
  const principles = (typeof raw.principles === 'object' && raw.principles !== null ? raw.principles : {}) as Record<
    string,
    unknown
  >;
  for (const name of Object.keys(principles)) {
    if (!(PRINCIPLES as readonly string[]).includes(name)) {
      problems.push({ field: 'principles', message: `There is no co-production principle “${name}”` });
    }
  }
  for (const principle of PRINCIPLES) {
    if (!(principle in principles)) continue;
    const sentence = typeof principles[principle] === 'string' ? (principles[principle] as string).trim() : '';
    const field = `principle-${principle}`;
    if (!sentence) {
      problems.push({ field, message: `Say how ${PRINCIPLE_NAMES[principle]} made a difference, or untick it` });
    } else if (sentence.length > REFLECTION_TEXT_MAX) {
      problems.push({ field, message: `The sentence must be ${REFLECTION_TEXT_MAX} characters or fewer` });
    } else fields.principles[principle] = sentence;
  }
  return problems.length ? { problems } : { event, formId, fields };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
