// The screen's publishing model: the threshold the user types, a distribution's rows with
// suppression (marks, hidden shares), and CSV files that carry the note.
import { describe, expect, it } from 'vitest';
import type { Distribution } from '@shared/analytics';
import {
  csvWithNote,
  exportName,
  parseThreshold,
  publishDistribution,
  publishOptionsOf,
  shareCell,
} from '../../../../renderer/src/features/representation/publishModel';

// 12 women, 3 men, 1 non-binary, 2 unknown: 18 people.
const gender: Distribution = {
  dimension: 'gender',
  scheme: null,
  total: 18,
  unknown: 2,
  categories: [
    { key: 'woman', label: 'Woman', count: 12, share: 12 / 18 },
    { key: 'man', label: 'Man', count: 3, share: 3 / 18 },
    { key: 'non-binary', label: 'Non-binary', count: 1, share: 1 / 18 },
  ],
};

describe('parseThreshold', () => {
  it('accepts whole numbers from 2 to 100 only', () => {
    expect(['5', ' 10 ', '2', '100'].map(parseThreshold)).toEqual([5, 10, 2, 100]);
    expect(['1', '101', '4.5', '', 'five', '-3'].map(parseThreshold)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps suppressing at the default when the typed threshold is invalid', () => {
    expect(publishOptionsOf(true, 'abc')).toEqual({ suppress: true, threshold: 5 });
    expect(publishOptionsOf(true, '8')).toEqual({ suppress: true, threshold: 8 });
  });
});

describe('publishDistribution', () => {
  it('shows every count and share when suppression is off', () => {
    const p = publishDistribution(gender, { suppress: false });
    expect(p.rows.map((r) => [r.key, r.text, r.share])).toEqual([
      ['woman', '12', 12 / 18],
      ['man', '3', 3 / 18],
      ['non-binary', '1', 1 / 18],
      [null, '2', 2 / 18],
    ]);
    expect(p.total).toBe('18');
    expect(p.hidden).toBe(0);
  });

  it('hides small counts and their shares; three hidden need no complementary cell', () => {
    const p = publishDistribution(gender, { suppress: true, threshold: 5 });
    // 3 + 1 + 2 = 6 hidden together: 18 − 12 gives only their sum, not any one of them.
    expect(p.rows.map((r) => [r.key, r.text, r.share])).toEqual([
      ['woman', '12', 12 / 18],
      ['man', '<5', null],
      ['non-binary', '<5', null],
      [null, '<5', null],
    ]);
    expect(p.total).toBe('18');
    expect(p.hidden).toBe(3);
  });

  it('hides one more count, marked x, when a lone small one could be worked out', () => {
    const two: Distribution = {
      ...gender,
      total: 15,
      unknown: 0,
      categories: [
        { key: 'woman', label: 'Woman', count: 12, share: 0.8 },
        { key: 'man', label: 'Man', count: 3, share: 0.2 },
      ],
    };
    const p = publishDistribution(two, { suppress: true, threshold: 5 });
    expect(p.rows.map((r) => r.text)).toEqual(['x', '<5']);
    expect(p.rows.every((r) => r.share === null)).toBe(true);
  });
});

describe('csvWithNote and file names', () => {
  it('adds the suppression note as the last line only when suppressing', () => {
    const rows = [['Woman', '12', shareCell(12 / 18)]];
    expect(csvWithNote(['Category', 'People', 'Share'], rows, { suppress: false })).toBe(
      'Category,People,Share\nWoman,12,66.7 %\n',
    );
    const csv = csvWithNote(['Category', 'People', 'Share'], rows, {
      suppress: true,
      threshold: 10,
    });
    expect(csv.split('\n')[2]).toBe(
      '"Counts below 10 are shown as ""<10""; counts marked ""x"" are hidden because the totals would otherwise reveal a small count."',
    );
  });

  it('makes ASCII, lower-case file names', () => {
    expect(exportName('Stakeholder group', 'by', 'Nationalité')).toBe(
      'representation-stakeholder-group-by-nationalite',
    );
    expect(shareCell(null)).toBe('');
  });
});
