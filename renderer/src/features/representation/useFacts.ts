// The facts of one event, memoised on the workspace data.
import { useMemo } from 'react';
import { conferenceFacts } from '@shared/analytics';
import type { ConferenceFacts } from '@shared/analytics';
import type { EventId, WorkspaceData } from '@shared/domain/model';

export function useFacts(data: WorkspaceData, eventId: EventId | null): ConferenceFacts | null {
  return useMemo(() => (eventId === null ? null : conferenceFacts(data, eventId)), [data, eventId]);
}
