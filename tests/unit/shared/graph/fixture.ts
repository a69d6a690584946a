// A small hand-made workspace whose graph is easy to count by hand: two organisations joined
// by one person (x), one event with two sessions, two countries in two M49 regions.
import type { Affiliation, OrganisationId } from '@shared/domain/model';
import type { GraphEdge, GraphElements, GraphNode, NodeType } from '@shared/graph/elements';
import {
  aParticipation,
  aPerson,
  aRelationship,
  aWorkspace,
  anEvent,
  anOrganisation,
  iso2,
} from '../../../helpers/builders';

const member = (organisationId: OrganisationId): Affiliation => ({
  organisationId,
  title: '',
  primary: true,
});

export function smallWorkspace() {
  const orgA = anOrganisation({
    name: 'Alpha',
    acronym: 'A',
    type: 'academia',
    country: iso2('FR'),
  });
  const orgB = anOrganisation({
    name: 'Beta',
    acronym: 'B',
    type: 'civil-society',
    country: iso2('KE'),
  });
  const process = anEvent({ name: 'Process', kind: 'process' });
  const event = anEvent({ name: 'Forum', kind: 'conference', parentId: process.id });
  const s1 = anEvent({ name: 'Podium 1', kind: 'podium', parentId: event.id });
  const s2 = anEvent({ name: 'Breakout 2', kind: 'breakout-room', parentId: event.id });
  const x = aPerson({
    givenName: 'Xavier',
    familyName: 'Bridge',
    gender: 'man',
    nationalities: [iso2('FR'), iso2('KE')],
    stakeholderGroup: 'academia',
    affiliations: [member(orgA.id), { ...member(orgB.id), primary: false }],
  });
  const a1 = aPerson({
    givenName: 'Amina',
    familyName: 'Alpha',
    gender: 'woman',
    nationalities: [iso2('FR')],
    stakeholderGroup: 'academia',
    affiliations: [member(orgA.id)],
  });
  const b1 = aPerson({
    givenName: 'Bola',
    familyName: 'Beta',
    gender: 'man',
    nationalities: [iso2('KE')],
    stakeholderGroup: 'civil-society',
    affiliations: [member(orgB.id)],
  });
  const lone = aPerson({
    givenName: 'Lone',
    familyName: 'Ranger',
    gender: 'unknown',
    nationalities: [],
    stakeholderGroup: null,
  });
  const px = aParticipation({
    personId: x.id,
    eventId: s1.id,
    role: 'speaker',
    status: 'confirmed',
  });
  const pa = aParticipation({
    personId: a1.id,
    eventId: s1.id,
    role: 'participant',
    status: 'declined',
  });
  const pb = aParticipation({
    personId: b1.id,
    eventId: s2.id,
    role: 'panelist',
    status: 'attended',
  });
  const rel = aRelationship({
    from: { type: 'person', id: a1.id },
    to: { type: 'person', id: b1.id },
    kind: 'colleague',
  });
  const workspace = aWorkspace({
    people: [x, a1, b1, lone],
    organisations: [orgA, orgB],
    events: [process, event, s1, s2],
    participations: [px, pa, pb],
    relationships: [rel],
  });
  return { workspace, orgA, orgB, process, event, s1, s2, x, a1, b1, lone, px, pa, pb, rel };
}

/**
 * A hand-made graph: nodes named by their ids (people with no attributes, unless `describe` says
 * otherwise) and relationship links between them, in the given order.
 */
export function graphOf(
  ids: readonly string[],
  links: readonly (readonly [string, string])[],
  describe: (id: string) => Partial<GraphNode> & { type?: NodeType } = () => ({}),
): GraphElements {
  const node = (id: string): GraphNode => ({
    id,
    type: 'person',
    label: id,
    recordId: id,
    gender: null,
    region: null,
    stakeholderGroup: null,
    status: null,
    organisationId: null,
    level: null,
    ...describe(id),
  });
  const edge = ([source, target]: readonly [string, string], i: number): GraphEdge => ({
    id: `${i}:${source}-${target}`,
    source,
    target,
    kind: 'relationship',
    role: null,
    status: null,
    relationship: 'colleague',
  });
  return { nodes: ids.map(node), edges: links.map(edge) };
}
