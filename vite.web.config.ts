// The renderer alone, for any Chromium: how the end-to-end tests and the browser build run.
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config';

// PLENARY_WEB_OUT lets parallel test runs build and serve their own copy (default dist/web).
export default defineConfig({
  ...rendererConfig(process.env.PLENARY_WEB_OUT ?? 'dist/web'),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
