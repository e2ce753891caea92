import { ChorusDb } from './chorus-db.ts';

/** The one database instance of this page or service worker. */
export const db = new ChorusDb();
