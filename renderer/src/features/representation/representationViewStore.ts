// The Representation view's choices, kept while the user visits other sections.
import { create } from 'zustand';
import type { EventId, ParticipationRole, ParticipationStatus } from '@shared/domain/model';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@shared/analytics';
import type { DimensionKey } from './representationModel';

/** What the trend over time follows. */
export type TrendKind = 'womens-share' | 'coverage' | 'category';

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
  trendKind: TrendKind;
  trendCategory: string;
  /** Small-cell suppression of every table, chart and export, on screen and in files. */
  suppress: boolean;
  /** As typed; publishModel.parseThreshold checks it. */
  threshold: string;
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
  trendKind: 'womens-share',
  trendCategory: '',
  suppress: false,
  threshold: String(DEFAULT_SUPPRESSION_THRESHOLD),
  set: (patch) => set(patch),
}));
