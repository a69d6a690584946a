// Dexie schema versions. Append a new constant for every version; never edit an old one. Each
// upgrade gets a migration test in tests/unit/data/schema.test.ts. Index only what is queried.
export const schemaV1 = {
  people: 'id, familyName, updatedAt',
  organisations: 'id, name, parentId, updatedAt',
  events: 'id, parentId, updatedAt',
  participations: 'id, personId, eventId, updatedAt',
  relationships: 'id, from.id, to.id, updatedAt',
  targets: 'id, eventId, updatedAt',
  regionSchemes: 'id, updatedAt',
  savedViews: 'id, view, updatedAt',
  meta: 'key',
} as const;

/** Version 2 adds the export log (what left the machine, when, in which form). */
export const schemaV2 = {
  ...schemaV1,
  exportLog: 'id, at',
} as const;

export const SCHEMA_VERSIONS = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2 },
] as const;
export const CURRENT_SCHEMA_VERSION = 2;
