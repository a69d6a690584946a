// window.plenary exists only inside Electron, where electron/preload exposes it.
import type { PlenaryApi } from '@shared/ipc/contract';

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting the DOM's Window requires an interface
  interface Window {
    plenary?: PlenaryApi;
  }
}
