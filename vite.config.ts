import { defineConfig } from 'vite';

// The service worker is bundled separately (scripts/build.mjs) and gets the precache manifest injected.
export default defineConfig({
  publicDir: 'public',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
