import { render } from 'preact';
import './i18n/i18n.ts';
import { App } from './app/App.tsx';
import { startSendScheduler } from './send-scheduler.ts';
import { startServiceWorker } from './sw-bridge.ts';
import './styles.css';

startServiceWorker();
startSendScheduler();
const root = document.getElementById('app');
if (root) render(<App />, root);
