/** The app's version from package.json, set at build time (vite.renderer.config.ts). */
declare const __PLENARY_VERSION__: string;
