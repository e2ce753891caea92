import { render } from 'preact';
import './i18n/i18n.ts';
import { App } from './app/App.tsx';
import { watchDatabase } from './app/database-alerts.ts';
import { restoreDisplayPreferences } from './app/display/display-preferences.ts';
import { loadKioskMode } from './app/kiosk/kiosk-mode.ts';
import { db } from './db/db.ts';
import { restoreLanguage } from './i18n/ui-language.ts';
import { startSendScheduler } from './send-scheduler.ts';
import { startServiceWorker } from './sw-bridge.ts';
import './styles.css';

watchDatabase(db);
restoreDisplayPreferences();
void loadKioskMode();
startServiceWorker();
startSendScheduler();
// A language chosen earlier in this session comes back before the first paint (from the precache offline).
void restoreLanguage().finally(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
