// Vitest globalSetup of the `e2e` project: checks that Chromium and the built renderer exist (and
// fails loudly if not), serves dist/web with `vite preview` on a free loopback port, hands its URL
// to the tests as inject('baseUrl'), and stops the server when the run ends.
import type { TestProject } from 'vitest/node';
import { assertPrerequisites, startPreviewServer } from '../../scripts/e2e-support';

declare module 'vitest' {
  // Vitest declares ProvidedContext as an interface; only an interface can be augmented.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** Where the preview server serves dist/web, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertPrerequisites();
  const server = await startPreviewServer();
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
  };
}
