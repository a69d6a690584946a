// Branded ids, so that a person id cannot be passed where an event id is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type OrganisationId = Brand<string, 'OrganisationId'>;
export type EventId = Brand<string, 'EventId'>;
export type ParticipationId = Brand<string, 'ParticipationId'>;
export type RelationshipId = Brand<string, 'RelationshipId'>;
export type TargetId = Brand<string, 'TargetId'>;
export type RegionSchemeId = Brand<string, 'RegionSchemeId'>;
export type SavedViewId = Brand<string, 'SavedViewId'>;

/** ISO 3166-1 alpha-2 code, upper case. */
export type Iso2 = Brand<string, 'Iso2'>;

/** Source of random bytes; injected so that generators stay deterministic under a seed. */
export type RandomBytes = (length: number) => Uint8Array;

/**
 * A stable random id: 16 random bytes as 32 hex characters behind a short type prefix
 * (`per_…`, `org_…`), so that ids are recognisable in exported files.
 */
export function newId<T extends string>(prefix: IdPrefix, randomBytes: RandomBytes): T {
  let hex = '';
  for (const byte of randomBytes(16)) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}_${hex}` as T;
}

export const ID_PREFIXES = {
  people: 'per',
  organisations: 'org',
  events: 'evt',
  participations: 'par',
  relationships: 'rel',
  targets: 'tgt',
  regionSchemes: 'reg',
  savedViews: 'viw',
} as const;
export type IdPrefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];

/** Random bytes from the platform's cryptographic generator (browser, Node 20 and Electron). */
export const cryptoRandomBytes: RandomBytes = (length) => {
  const c = (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } })
    .crypto;
  return c.getRandomValues(new Uint8Array(length));
};
