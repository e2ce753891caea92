import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { describeStore, openStore } from './store/open-store.ts';

const config = readConfig();
const store = await openStore(config);
if (config.seedDemo) await seedDemo(store);
const officers = await store.countOfficers();

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
