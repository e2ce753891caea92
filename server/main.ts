import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { SETUP_PATH } from './devices/devices-route.ts';
import { issueEnrolmentCode } from './devices/enrolment.ts';
import { sweepQuietly } from './images/sweep-images.ts';
import { describeStore, openStore } from './store/open-store.ts';

const config = readConfig();
const store = await openStore(config);
if (config.seedDemo) await seedDemo(store);
// Pictures left behind by drafts since the last start (deleting a draft sweeps too).
await sweepQuietly(store);
const officers = await store.countOfficers();
// A demo endpoint with no tablet yet offers one set-up code on its console, so this browser can send at once.
const demoCode =
  config.seedDemo && (await store.listDevices()).length === 0
    ? (await issueEnrolmentCode(store, { label: 'Demo tablet', officerId: null })).code
    : undefined;

const app = createApp({
  store,
  bodyLimitBytes: config.bodyLimitBytes,
  importLimitBytes: config.importLimitBytes,
  staticDir: config.staticDir,
  trustProxy: config.trustProxy,
  publicUrl: config.publicUrl,
});
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`Chorus is running: http://localhost:${info.port} (database: ${describeStore(config)})`);
  if (officers === 0) {
    console.log(
      'No officer accounts yet. Create the first administrator with:\n' +
        '  npm run officer -- create --email you@council.example --name "Your Name" --role administrator',
    );
  }
  if (demoCode) {
    console.log(
      `No tablet is set up to send yet. To set up this browser as the demo tablet, open:\n  http://localhost:${info.port}${SETUP_PATH}?code=${demoCode}  (one use, valid 24 hours)`,
    );
  }
});

function shutdown(): void {
  server.close(() => {
    store.close().finally(() => process.exit(0));
  });
  // Open keep-alive connections must not hold the process.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
