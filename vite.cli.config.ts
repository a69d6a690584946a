// The command line as one Node 20 ES module (out/cli/plenary.mjs): Node 20 cannot run the
// TypeScript sources, so they are bundled; packages in node_modules stay external imports.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'cli/entry.ts'),
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'plenary.mjs', format: 'es' } },
  },
});
