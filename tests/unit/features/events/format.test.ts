import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPlace } from '../../../../renderer/src/features/events/format';
import { iso } from './builders';

describe('event formatting', () => {
  it('formats a range, a single day and no date, without time-zone shifts', () => {
    // ICU versions differ in the spaces around the dash.
    expect(formatDateRange('2026-12-09', '2026-12-11', 'en-GB')).toMatch(/^9\s?–\s?11 Dec 2026$/);
    expect(formatDateRange('2025-06-10', '2025-06-10', 'en-GB')).toBe('10 Jun 2025');
    expect(formatDateRange('2025-06-10', null, 'en-GB')).toBe('10 Jun 2025');
    expect(formatDateRange(null, null, 'en-GB')).toBe('');
  });

  it('joins the city and the short country name', () => {
    expect(formatPlace('Barcelona', iso('ES'))).toBe('Barcelona, Spain');
    expect(formatPlace('', iso('GB'))).toBe('UK');
    expect(formatPlace('  ', null)).toBe('');
    expect(formatPlace('Singapore', iso('SG'))).toBe('Singapore');
  });
});
