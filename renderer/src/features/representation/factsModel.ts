// Small pure helpers of the facts report: file names and which dimension a table shows.
import type { AnyDimension } from '@shared/analytics';

/** "Regional Consultation for Africa" → "conference-facts-regional-consultation-for-africa". */
export function factsFileName(eventName: string): string {
  const slug = eventName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `conference-facts${slug ? `-${slug}` : ''}`;
}

/** The dimension whose category keys a facts table's rows carry. */
export function tableDimension(name: string): AnyDimension {
  switch (name) {
    case 'participants-by-role':
      return { kind: 'role' };
    case 'participants-by-stakeholder-group':
      return { kind: 'stakeholder-group' };
    case 'gender':
    case 'speakers-gender':
      return { kind: 'gender' };
    case 'speakers-regions':
      return { kind: 'nationality', scheme: 'm49-region' };
    default:
      return { kind: 'nationality', scheme: 'country' };
  }
}
