import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the explorer (index.html) and GraphiQL (graphiql.html) into dist/web, which the API process serves
 * (src/server/web.ts). Everything is bundled: the pages load nothing from any other host.
 * `npx vite --config web/vite.config.mts` serves the sources with the API (npm start) behind /graphql.
 */
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large; it is only loaded by /graphql, never by the explorer.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), graphiql: resolve(root, 'graphiql.html') },
      // GraphiQL's React dependencies mark files "use client" (a React Server Components hint); it means nothing here.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
