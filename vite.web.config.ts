// The renderer alone, for any Chromium: how the end-to-end tests and the browser build run.
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  ...rendererConfig('dist/web'),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
