// Builds the web UI into ui/dist, which `corroborate serve` serves. Everything the page needs is
// bundled (the world map included): no CDN, no data: URLs, no inline script, so the server's
// strict Content-Security-Policy holds and the page works offline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
