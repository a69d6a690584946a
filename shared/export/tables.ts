// Records → rows of cells for CSV and XLSX. Column headers are the ones the import recognises,
// so an exported people list imports back without a manual mapping.
import type { WorkspaceData } from '../domain/model';

export const EXPORT_TABLES = ['people', 'organisations', 'events', 'participations'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type Sheet = { name: string; headers: string[]; rows: string[][] };

const GENDER_LABEL: Record<string, string> = {
  woman: 'Woman',
  man: 'Man',
  'non-binary': 'Non-binary',
  'prefers-not-to-say': 'Prefer not to say',
  unknown: '',
};

/** A subset (the current filter) or everything live; tombstones are never exported as rows. */
export function exportSheet(
  data: WorkspaceData,
  table: ExportTable,
  ids?: ReadonlySet<string>,
): Sheet {
  const keep = <T extends { id: string; deletedAt: string | null }>(rows: T[]) =>
    rows.filter((r) => r.deletedAt === null && (!ids || ids.has(r.id)));
  const orgName = new Map(data.organisations.map((o) => [o.id, o.name]));
  const personName = new Map(
    data.people.map((p) => [p.id, [p.givenName, p.familyName].filter(Boolean).join(' ')]),
  );
  const eventName = new Map(data.events.map((e) => [e.id, e.name]));
  switch (table) {
    case 'people':
      return {
        name: 'People',
        headers: [
          'Id',
          'Honorific',
          'First name',
          'Last name',
          'Gender',
          'Nationality',
          'Country of residence',
          'Stakeholder group',
          'Organisation',
          'Job title',
          'E-mail',
          'Phone',
          'Expertise',
          'Languages',
          'Tags',
          'Notes',
        ],
        rows: keep(data.people).map((p) => {
          const primary = p.affiliations.find((a) => a.primary) ?? p.affiliations[0];
          return [
            p.id,
            p.honorific,
            p.givenName,
            p.familyName,
            p.gender === 'self-described'
              ? p.genderSelfDescription
              : (GENDER_LABEL[p.gender] ?? ''),
            p.nationalities.join('; '),
            p.residence ?? '',
            p.stakeholderGroup ?? '',
            primary ? (orgName.get(primary.organisationId) ?? '') : '',
            primary?.title ?? '',
            p.email,
            p.phone,
            p.expertise.join('; '),
            p.languages.join('; '),
            p.tags.join('; '),
            p.notes,
          ];
        }),
      };
    case 'organisations':
      return {
        name: 'Organisations',
        headers: ['Id', 'Name', 'Acronym', 'Type', 'Country', 'Parent', 'Website', 'Notes'],
        rows: keep(data.organisations).map((o) => [
          o.id,
          o.name,
          o.acronym,
          o.type,
          o.country ?? '',
          o.parentId ? (orgName.get(o.parentId) ?? '') : '',
          o.website,
          o.notes,
        ]),
      };
    case 'events':
      return {
        name: 'Events',
        headers: [
          'Id',
          'Name',
          'Kind',
          'Part of',
          'Start date',
          'End date',
          'City',
          'Country',
          'Mode',
          'Theme',
          'Notes',
        ],
        rows: keep(data.events).map((e) => [
          e.id,
          e.name,
          e.kind,
          e.parentId ? (eventName.get(e.parentId) ?? '') : '',
          e.startDate ?? '',
          e.endDate ?? '',
          e.city,
          e.country ?? '',
          e.mode,
          e.theme,
          e.notes,
        ]),
      };
    case 'participations':
      return {
        name: 'Participations',
        headers: ['Id', 'Person id', 'Person', 'Event id', 'Event', 'Role', 'Status', 'Notes'],
        rows: keep(data.participations).map((p) => [
          p.id,
          p.personId,
          personName.get(p.personId) ?? '',
          p.eventId,
          eventName.get(p.eventId) ?? '',
          p.role,
          p.status,
          p.notes,
        ]),
      };
  }
}
