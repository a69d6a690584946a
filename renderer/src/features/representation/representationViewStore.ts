// The Representation view's choices, kept while the user visits other sections.
import { create } from 'zustand';
import type { EventId, ParticipationRole, ParticipationStatus } from '@shared/domain/model';
import type { DimensionKey } from './representationModel';

export type RepresentationViewState = {
  eventIds: EventId[];
  statuses: ParticipationStatus[];
  roles: ParticipationRole[];
  dimension: DimensionKey;
  scheme: string;
  crossDimension: DimensionKey;
  crossScheme: string;
  mode: 'analysis' | 'facts';
  factsEventId: EventId | null;
  set: (patch: Partial<Omit<RepresentationViewState, 'set'>>) => void;
};

export const useRepresentationView = create<RepresentationViewState>()((set) => ({
  eventIds: [],
  statuses: ['confirmed', 'attended'],
  roles: [],
  dimension: 'gender',
  scheme: 'm49-region',
  crossDimension: 'nationality',
  crossScheme: 'm49-region',
  mode: 'analysis',
  factsEventId: null,
  set: (patch) => set(patch),
}));
