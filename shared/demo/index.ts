// The demo workspace: a realistic but entirely fictional consultation process (people,
// organisations, events, invitations) with planted representation gaps, generated from a seed.
import type { WorkspaceData } from '../domain/model';
import { createDemoContext } from './context';
import { buildEvents } from './events';
import { buildEmeaScheme, buildRelationships, buildTargets } from './network';
import { buildOrganisations } from './organisations';
import { buildParticipations } from './participations';
import { buildPeople } from './people';

export { ALL_MALE_PODIUM, EMPTY_SUBREGION, HIGH_DECLINE_GROUP } from './gaps';
export { BREAKOUTS, PODIUMS, PROCESS_NAME, REGIONAL_CONSULTATIONS } from './events';
export { EMEA_SCHEME_NAME } from './network';
export { DEMO_ORGANISATION_NOTE } from './organisations';
export { AGE_BRACKET_KEY } from './profiles';

export const DEFAULT_DEMO_SEED = 20261128;
export const DEMO_PEOPLE_COUNT = 300;

export type DemoOptions = {
  seed?: number;
  /** ISO timestamp: record timestamps, and which events are past or upcoming, follow from it. */
  now: string;
  /** Written to every record's updatedBy. */
  deviceLabel?: string;
};

/** The same seed and `now` give a deep-equal workspace; ids are deterministic too. */
export function generateDemoWorkspace({
  seed = DEFAULT_DEMO_SEED,
  now,
  deviceLabel = 'demo',
}: DemoOptions): WorkspaceData {
  const ctx = createDemoContext(seed, now, deviceLabel);
  const organisations = buildOrganisations(ctx);
  const events = buildEvents(ctx);
  const people = buildPeople(ctx, organisations, DEMO_PEOPLE_COUNT);
  const participations = buildParticipations(ctx, people, events.byKey);
  return {
    people: people.map((p) => p.record),
    organisations: organisations.map((o) => o.record),
    events: events.records,
    participations,
    relationships: buildRelationships(ctx, people, organisations),
    targets: buildTargets(ctx, events.byKey),
    regionSchemes: [buildEmeaScheme(ctx)],
    savedViews: [],
  };
}
