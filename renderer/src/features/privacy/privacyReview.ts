// The Privacy screen's view-model: people whose retention date has passed and people with no
// recorded legal basis, each sorted so the most urgent comes first.
import type { Person } from '@shared/domain/model';

export type ReviewRow = {
  id: Person['id'];
  name: string;
  email: string;
  retainUntil: string | null;
  basis: Person['consent']['basis'];
};

export type PrivacyReview = {
  pastRetention: ReviewRow[];
  noBasis: ReviewRow[];
};

function row(p: Person): ReviewRow {
  const name = [p.givenName, p.familyName].filter(Boolean).join(' ').trim();
  return { id: p.id, name, email: p.email, retainUntil: p.retainUntil, basis: p.consent.basis };
}

/** `today` is an ISO date (YYYY-MM-DD); a record is past retention the day after its date. */
export function reviewPrivacy(people: readonly Person[], today: string): PrivacyReview {
  const live = people.filter((p) => p.deletedAt === null);
  const byName = (a: ReviewRow, b: ReviewRow) => a.name.localeCompare(b.name);
  return {
    pastRetention: live
      .filter((p) => p.retainUntil !== null && p.retainUntil < today)
      .map(row)
      .sort((a, b) => (a.retainUntil ?? '').localeCompare(b.retainUntil ?? '') || byName(a, b)),
    noBasis: live
      .filter((p) => p.consent.basis === null)
      .map(row)
      .sort(byName),
  };
}
