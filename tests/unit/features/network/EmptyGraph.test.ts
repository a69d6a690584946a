// Why the Network view draws nothing, so the stage can say it and offer the one way back.
import { describe, expect, it } from 'vitest';
import { NO_GRAPH_FILTERS } from '@shared/graph/filters';
import { emptyReason } from '../../../../renderer/src/features/network/EmptyGraph';

describe('emptyReason', () => {
  it("blames the switched-off types when all of the lens's types are off, whatever the filters", () => {
    expect(emptyReason('participation', ['person', 'event'], NO_GRAPH_FILTERS)).toBe('types');
    expect(
      emptyReason('geography', ['person', 'country', 'region'], {
        ...NO_GRAPH_FILTERS,
        genders: ['woman'],
      }),
    ).toBe('types');
  });

  it('blames the filters when some type is on and a filter is set', () => {
    expect(
      emptyReason('participation', ['event'], { ...NO_GRAPH_FILTERS, genders: ['woman'] }),
    ).toBe('filters');
  });

  it('otherwise the workspace has nothing for the lens', () => {
    expect(emptyReason('affiliation', [], NO_GRAPH_FILTERS)).toBe('workspace');
    // Types of other lenses switched off do not count.
    expect(emptyReason('affiliation', ['event', 'country'], NO_GRAPH_FILTERS)).toBe('workspace');
  });
});
