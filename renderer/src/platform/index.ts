// The renderer's single entry to platform services: the desktop implementation inside Electron,
// the browser one anywhere else.
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

export type {
  BackupCounts,
  BackupInfo,
  BackupReason,
  PlatformBackups,
  FileFilter,
  MenuCommand,
  OpenedFile,
  Platform,
  PlatformInfo,
  PrintResult,
  SaveResult,
} from './types';
export { PlatformError } from './types';

let platform: Platform | undefined;

export function getPlatform(): Platform {
  platform ??= window.plenary ? createDesktopPlatform(window.plenary) : createBrowserPlatform();
  return platform;
}
