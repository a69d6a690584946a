// `npm run bench` as one Node 20 ES module (dist/bench/run.mjs): Node 20 cannot run the
// TypeScript sources, so they are bundled; packages in node_modules stay external imports.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  logLevel: 'warn',
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  build: {
    ssr: resolve(root, 'bench/run.ts'),
    target: 'node20',
    outDir: resolve(root, 'dist/bench'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { entryFileNames: 'run.mjs', format: 'es' } },
  },
});
