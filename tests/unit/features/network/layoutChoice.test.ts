// The one Layout list: every layout once, the grouped layout once per grouping, and values read
// back into the view's layout and grouping (anything else is refused).
import { describe, expect, it } from 'vitest';
import {
  LAYOUT_CHOICES,
  layoutChoiceOf,
  readLayoutChoice,
} from '../../../../renderer/src/features/network/layoutModel';

describe('layout choices', () => {
  it('lists each layout, and grouped by region, organisation and stakeholder group', () => {
    expect(LAYOUT_CHOICES).toEqual([
      'fcose',
      'concentric',
      'grouped:region',
      'grouped:organisation',
      'grouped:stakeholderGroup',
      'circle',
      'grid',
    ]);
  });

  it('round-trips every choice through the view state', () => {
    for (const choice of LAYOUT_CHOICES) {
      const state = readLayoutChoice(choice);
      expect(state).not.toBeNull();
      expect(layoutChoiceOf(state!.layout, state!.groupBy ?? 'region')).toBe(choice);
    }
    // A plain layout keeps the grouping chosen before (it is only used by the grouped layout).
    expect(readLayoutChoice('circle')).toEqual({ layout: 'circle' });
    expect(readLayoutChoice('grouped:organisation')).toEqual({
      layout: 'grouped',
      groupBy: 'organisation',
    });
  });

  it('refuses values that are not in the list', () => {
    expect(readLayoutChoice('grouped')).toBeNull();
    expect(readLayoutChoice('grouped:gender')).toBeNull();
    expect(readLayoutChoice('')).toBeNull();
  });
});
