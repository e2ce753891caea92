import { useEffect, useState } from 'preact/hooks';
import { hasPermission, officerCall } from '../officer-session.ts';
import type { ReflectedEvent } from './reflection.ts';

/**
 * How many reflections each event has, keyed by JSON [event, formId]; null while loading or for an officer
 * without the `reflections` permission (the events screen then shows no links).
 */
export function useReflectionCounts(): Map<string, number> | null {
  const [counts, setCounts] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    if (!hasPermission('reflections')) return;
    officerCall<{ events: ReflectedEvent[] }>('/api/reflections/events').then(
      ({ events }) => setCounts(new Map(events.map((e) => [JSON.stringify([e.event, e.formId]), e.reflections]))),
      () => setCounts(new Map()),
    );
  }, []);
  return counts;
}
