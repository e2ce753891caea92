import { liveQuery } from 'dexie';
import { type Inputs, useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current as the database changes (in this page, other tabs and the
 * service worker). Undefined until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, inputs: Inputs): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue(() => next),
      error: (error: unknown) => console.error('Reading this tablet’s database failed:', error),
    });
    return () => subscription.unsubscribe();
  }, inputs);
  return value;
}
