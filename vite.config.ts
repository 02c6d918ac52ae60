import { defineConfig } from 'vite';

// The service worker is bundled separately (scripts/build.mjs) and gets the precache manifest injected.
export default defineConfig({
  publicDir: 'public',
  resolve: {
    // Dexie's ES2018 module build: its package entry wraps the older UMD build (~2 KB more gzipped on the first page).
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically in one file: a dozen small shared chunks each cost a request
        // and their own gzip window (~3 KB more on the first page). Screens stay in their import() chunks.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
