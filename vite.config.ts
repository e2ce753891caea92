import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    preact(),
    VitePWA({
      // Our own worker (service-worker/sw.ts) with the precache list injected at build time.
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      injectRegister: false, // src/sw-bridge.ts registers it with workbox-window.
      injectManifest: {
        // The plugin adds the web app manifest and its icons itself; listing them here precaches them twice.
        globPatterns: ['**/*.{js,css,html}'],
      },
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Chorus: have your say',
        short_name: 'Chorus',
        description: 'Have your say on local services, even without an internet connection.',
        start_url: '/',
        scope: '/',
        // A kiosk tablet runs Chorus full-screen once installed; elsewhere it opens as an app window.
        display: 'standalone',
        display_override: ['fullscreen', 'standalone'],
        background_color: '#ffffff',
        theme_color: '#0b0c0c',
        lang: 'en',
        // PNGs drawn from icon.svg by scripts/render-icons.ts: install prompts want 192 and 512 pixel PNGs.
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
  },
});
