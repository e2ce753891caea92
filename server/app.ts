import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { IMAGE_MAX_BYTES } from '../src/core/image-type.ts';
import { apiError } from './api-error.ts';
import { Access, type AccessEnv } from './auth/access.ts';
import { officersRoute } from './auth/officers-route.ts';
import type { Permission } from './auth/permissions.ts';
import { sessionRoute } from './auth/session-route.ts';
import { reflectionsRoute } from './channels/reflections-route.ts';
import { DEFAULT_IMPORT_LIMIT_BYTES } from './config.ts';
import { devicesRoute } from './devices/devices-route.ts';
import { eventsRoute } from './events-route.ts';
import { exportRoute } from './export-route.ts';
import { draftsRoute } from './forms/drafts-route.ts';
import { formsRoute } from './forms/forms-route.ts';
import { imageRoute, imageUploadRoute, tooLargeReply } from './images/images-route.ts';
import { importRoute } from './import-route.ts';
import { opportunitiesRoute } from './opportunities/opportunities-route.ts';
import { paperRoute } from './paper/paper-route.ts';
import { reachRoute } from './reach-route.ts';
import { resultsRoute } from './results/results-route.ts';
import { securityHeaders } from './security-headers.ts';
import type { Store } from './store/store.ts';
import { syncRoute } from './sync-route.ts';

export interface AppOptions {
  store: Store;
  /** Largest request body accepted, in bytes; larger ones get 413 and nothing is stored. */
  bodyLimitBytes: number;
  /** Largest file `POST /api/import` accepts, in bytes (default 50 MiB); larger ones get 413. */
  importLimitBytes?: number;
  /** The built PWA to serve beside the API; omit to serve the API alone (as tests do). */
  staticDir?: string;
  /** Take client addresses (for rate limits) and https from X-Forwarded-For/-Proto: only behind a proxy. */
  trustProxy?: boolean;
  /** The address tablets reach the endpoint at, for the QR codes; defaults to the request's own origin. */
  publicUrl?: string;
}

/**
 * Officer routes and the permission each needs (server/auth/permissions.ts). The devices and session routes
 * check their own, route by route.
 */
const OFFICER_ROUTES: [path: string, permission: Permission][] = [
  ['/api/responses.csv', 'exports'],
  ['/api/responses.xlsx', 'exports'],
  ['/api/responses.json', 'exports'],
  ['/api/reach', 'reach'],
  ['/api/reach/*', 'reach'],
  ['/api/import', 'import'],
  ['/api/import/*', 'import'],
  ['/api/events', 'events'],
  ['/api/paper/*', 'import'],
  ['/api/reflections', 'reflections'],
  ['/api/reflections/*', 'reflections'],
];

/** The endpoint: the sync API, forms, exports and, when built, the PWA itself on the same origin. */
export function createApp({
  store,
  bodyLimitBytes,
  importLimitBytes = DEFAULT_IMPORT_LIMIT_BYTES,
  staticDir,
  trustProxy = false,
  publicUrl,
}: AppOptions): Hono<AccessEnv> {
  const app = new Hono<AccessEnv>();
  const access = new Access(store, { trustProxy });
  app.use('*', securityHeaders());

  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  });
  // Each API request gets exactly one limit: an import file's own, or the one for everything else.
  const apiLimit = tooLarge(bodyLimitBytes, 'send fewer responses at a time.');
  const importLimit = tooLarge(importLimitBytes, 'ask whoever runs the endpoint to raise CHORUS_IMPORT_LIMIT.');
  // A picture's limit is its own too, so the officer is told the picture's size against it (images-route.ts).
  const imageLimit = bodyLimit({
    maxSize: IMAGE_MAX_BYTES + 64 * 1024,
    onError: (c) => tooLargeReply(c, Number(c.req.header('content-length')) || undefined),
  });
  app.use('/api/*', (c, next) =>
    (isImportPath(c.req.path) ? importLimit : c.req.path === '/api/forms/images' ? imageLimit : apiLimit)(c, next),
  );

  app.get('/api/health', async (c) =>
    (await store.isReady())
      ? c.json({ status: 'ok' })
      : apiError(c, 503, 'store-not-ready', 'The database is not ready yet.'),
  );
  app.get('/api/forms', async (c) => c.json({ forms: await store.listPublishedForms() }));
  // Publishing, XLSForm import and export: each route checks the `forms` permission (the list above is public).
  app.route('/api/forms/images', imageUploadRoute(access));
  app.route('/api/images', imageRoute(store));
  app.route('/api/forms/drafts', draftsRoute(access));
  app.route('/api/forms', formsRoute(access));
  app.route('/api/session', sessionRoute(access));
  app.route('/api/officers', officersRoute(access));
  app.route('/api/devices', devicesRoute(access, publicUrl));
  // The published list is public; every other opportunities route checks the `opportunities` permission.
  app.route('/api/opportunities', opportunitiesRoute(access));
  for (const [path, permission] of OFFICER_ROUTES) app.use(path, access.officer(permission));
  app.use('/api/sync', access.device());
  app.route('/api/sync', syncRoute(store));
  app.route('/api/events', eventsRoute(store));
  app.route('/api/reflections', reflectionsRoute(store));
  app.route('/api/import', importRoute(store));
  app.route('/api', exportRoute(store));
  app.route('/api/reach', reachRoute(store));
  app.route('/api/paper', paperRoute(store));
  app.route('/api/results', resultsRoute(store, access));
  app.all('/api/*', (c) => apiError(c, 404, 'not-found', `There is no ${c.req.method} ${c.req.path} here.`));

  app.onError((err, c) => {
    console.error('Unexpected error on %s %s: %s', c.req.method, c.req.path, err.message);
    return apiError(
      c,
      500,
      'internal',
      'Something went wrong on the endpoint. Nothing in this request was lost on the device.',
    );
  });

  if (staticDir) serveApp(app, staticDir);
  return app;
}

/** Refuses a body over maxSize with 413 before anything in it is read or stored. */
function tooLarge(maxSize: number, advice: string): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      apiError(c, 413, 'body-too-large', `The request is larger than ${maxSize} bytes. Nothing was stored; ${advice}`),
  });
}

function isImportPath(path: string): boolean {
  return path === '/api/import' || path.startsWith('/api/import/');
}

function serveApp(app: Hono<AccessEnv>, staticDir: string): void {
  const indexPath = join(staticDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`The app is not built: ${indexPath} is missing. Run "npm run build" (npm start does it for you).`);
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  app.use('*', compress());
  app.use(
    '*',
    serveStatic({
      root: staticDir,
      onFound: (path, c) => {
        // The service worker and the page must always be checked for updates; hashed assets never change.
        if (/\/(sw\.js|index\.html|manifest\.webmanifest)$/.test(path)) c.header('Cache-Control', 'no-cache');
        else if (path.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  // Every other page address is the single-page app; the service worker does the same offline.
  app.get('*', (c) => c.html(indexHtml, 200, { 'Cache-Control': 'no-cache' }));
}
