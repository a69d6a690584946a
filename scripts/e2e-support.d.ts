// Types of scripts/e2e-support.mjs for TypeScript, which imports it extensionless
// ('../../scripts/e2e-support'): TypeScript reads this file, Vite/Vitest load the .mjs.
import type { BrowserContext, chromium } from 'playwright-core';

export declare const REPO_ROOT: string;
export declare const DEFAULT_CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare const DEFAULT_VIEWPORT: Readonly<{ width: number; height: number }>;

/** `$CHROMIUM_PATH` when set and not empty, else /usr/bin/chromium. */
export declare function chromiumPath(): string;

/** Throws one Error naming a missing Chromium and/or a missing dist/web/index.html. */
export declare function assertPrerequisites(options?: {
  root?: string;
  browserPath?: string;
}): void;

/** A TCP port that was free a moment ago (the OS's pick for a listen on port 0). */
export declare function findFreePort(host?: string): Promise<number>;

export type PreviewServerOptions = {
  /** Repository root holding node_modules/, vite.web.config.ts and dist/web. */
  root?: string;
  /** Fixed port (no retry); by default a free one is picked. */
  port?: number;
  /** How long to wait for HTTP 200, in ms (default 30 000). */
  timeoutMs?: number;
};

export type PreviewServer = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** Same as baseUrl: the only origin the app may talk to. */
  origin: string;
  port: number;
  pid: number;
  /** The server's stdout and stderr so far (last 64 KiB). */
  output(): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. Idempotent. */
  stop(): Promise<void>;
};

/** Starts `vite preview` on dist/web on a free loopback port; resolves once it answers HTTP 200. */
export declare function startPreviewServer(options?: PreviewServerOptions): Promise<PreviewServer>;

export type LaunchOptions = Omit<
  NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>,
  'executablePath' | 'headless'
>;

/** Launches headless Chromium with the profile in `profileDir` (created and removed by the caller). */
export declare function launchChromium(
  profileDir: string,
  options?: LaunchOptions,
): Promise<BrowserContext>;

/** Whether `url` stays on the machine: same origin as `origin`, or data:, blob:, about:. */
export declare function isAllowedUrl(url: string, origin: string): boolean;

/** Aborts and reports every request of `context` that leaves `origin`. */
export declare function installOfflineGuard(
  context: BrowserContext,
  origin: string,
  onBlocked: (url: string) => void,
): Promise<void>;
