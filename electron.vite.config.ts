// electron-vite: main (ES module), preload (CommonJS, as sandboxed preloads require) and the
// renderer, which reuses vite.renderer.config.ts so that the desktop and browser builds match.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

const root = import.meta.dirname;
const alias = { '@shared': resolve(root, 'shared') };
const renderer = rendererConfig('out/renderer');

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/main'),
      // Everything main needs (zod, i18next) is bundled, so the package ships no node_modules.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['es'], fileName: 'index' },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require only 'electron': everything else must be inlined.
      externalizeDeps: false,
      lib: {
        entry: resolve(root, 'electron/preload/index.ts'),
        formats: ['cjs'],
        fileName: 'index',
      },
    },
  },
  renderer: {
    ...renderer,
    build: {
      ...renderer.build,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
