import { defineConfig } from 'vite';

/**
 * Builds the save-latency harness page. bench/save-latency.ts passes `build.outDir` (a temp folder);
 * `npx vite --config bench/harness/vite.config.ts` serves it for poking at by hand.
 */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: { target: 'es2022', emptyOutDir: true },
});
