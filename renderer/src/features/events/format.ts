// How events read in lists and headers: date ranges and places.
import type { Iso2 } from '@shared/domain/model';
import { countryByIso2 } from '@shared/reference/countries';

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = formats.get(locale);
  if (!f) {
    // Event dates are calendar days, not instants: format them in UTC so no zone shifts them.
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(locale, f);
  }
  return f;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Dec 9 – 11, 2026", "Jun 10, 2025", or '' when the event has no dates. */
export function formatDateRange(start: string | null, end: string | null, locale: string): string {
  const f = dateFormat(locale);
  if (start !== null && end !== null && end !== start && end > start) {
    return f.formatRange(day(start), day(end));
  }
  const one = start ?? end;
  return one === null ? '' : f.format(day(one));
}

/** "Barcelona, Spain", "Spain", "Barcelona" or ''. Uses the short common country name. */
export function formatPlace(city: string, country: Iso2 | null): string {
  const countryLabel = country === null ? '' : (countryByIso2(country)?.commonName ?? country);
  const town = city.trim();
  // City-states ("Singapore, Singapore") read once.
  if (
    town !== '' &&
    country !== null &&
    [countryLabel, countryByIso2(country)?.name].includes(town)
  ) {
    return town;
  }
  return [town, countryLabel].filter((s) => s !== '').join(', ');
}
