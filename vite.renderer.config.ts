// The renderer's Vite settings, shared by the Electron build (electron.vite.config.ts) and the
// plain-browser build (vite.web.config.ts), so that both ship the same bundle.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;

/**
 * The dev server (npm run dev) injects React Refresh's inline preamble, which the strict CSP in
 * index.html forbids. Only while serving, allow inline scripts; built bundles keep the strict policy.
 */
function devOnlyCspRelaxation(): Plugin {
  return {
    name: 'plenary-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
  };
}

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), devOnlyCspRelaxation()],
    resolve: { alias: { '@shared': resolve(root, 'shared') } },
    define: { __PLENARY_VERSION__: JSON.stringify(pkg.version) },
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      target: 'chrome130',
      chunkSizeWarningLimit: 2000,
    },
  };
}
