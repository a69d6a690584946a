// The Network view's choices, kept while the user visits other sections.
import { create } from 'zustand';
import type { NetworkViewState } from './networkView';
import { DEFAULT_VIEW } from './networkView';

export type NetworkViewStore = NetworkViewState & {
  hops: 1 | 2;
  webgl: boolean;
  set: (patch: Partial<NetworkViewState & { hops: 1 | 2; webgl: boolean }>) => void;
};

export const useNetworkView = create<NetworkViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  hops: 1,
  webgl: false,
  set: (patch) => set(patch),
}));
