import { render } from 'preact';
import './i18n/i18n.ts';
import { App } from './app/App.tsx';
import { watchDatabase } from './app/database-alerts.ts';
import { db } from './db/db.ts';
import { restoreLanguage } from './i18n/ui-language.ts';
import { startSendScheduler } from './send-scheduler.ts';
import { requestPersistentStorage } from './storage-status.ts';
import { startServiceWorker } from './sw-bridge.ts';
import './styles.css';

watchDatabase(db);
startServiceWorker();
// Setting up a tablet is opening Chorus on it; staff see the answer on the status page.
void requestPersistentStorage();
startSendScheduler();
// A language chosen earlier in this session comes back before the first paint (from the precache offline).
void restoreLanguage().finally(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
