import { describe, expect, it } from 'vitest';
import {
  aParticipation,
  aPerson,
  anEvent,
  anOrganisation,
  aWorkspace,
} from '../../../helpers/builders';
import {
  buildGraph,
  exportSheet,
  neutralise,
  parseWorkspaceFile,
  toCsv,
  toGexf,
  toGraphml,
} from '../../../../shared/export';
import { DEMONYMS } from '../../../../shared/import/demonyms';
import { matchCountry } from '../../../../shared/import';
import { COUNTRIES } from '../../../../shared/reference/countries';

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+254 20 123', "'+254 20 123"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=already", "''=already"],
    ['Amina', 'Amina'],
    ["O'Neil", "O'Neil"],
  ])('%j → %j', (input, output) => expect(neutralise(input)).toBe(output));

  it('applies to every CSV cell, headers included', () => {
    const data = aWorkspace({
      people: [aPerson({ givenName: '=cmd', familyName: 'X', phone: '+1 555' })],
    });
    const csv = toCsv(exportSheet(data, 'people'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(",'=cmd,X,");
    expect(csv).toContain("'+1 555");
  });

  it('exports only the given subset and never tombstones', () => {
    const a = aPerson({ familyName: 'Alpha' });
    const b = aPerson({ familyName: 'Beta' });
    const gone = aPerson({ familyName: 'Gone', deletedAt: '2026-01-01T00:00:00.000Z' });
    const data = aWorkspace({ people: [a, b, gone] });
    expect(exportSheet(data, 'people').rows.map((r) => r[3])).toEqual(['Alpha', 'Beta']);
    expect(exportSheet(data, 'people', new Set([b.id])).rows.map((r) => r[3])).toEqual(['Beta']);
  });
});

describe('network exports', () => {
  const org = anOrganisation({ name: 'A & B <Institute>' });
  const event = anEvent({ name: 'Podium "1"' });
  const person = aPerson({
    givenName: 'Ana',
    familyName: 'Lima',
    nationalities: ['BR' as never, 'PT' as never],
    affiliations: [{ organisationId: org.id, title: '', primary: true }],
  });
  const data = aWorkspace({
    people: [person],
    organisations: [org],
    events: [event],
    participations: [
      aParticipation({
        personId: person.id,
        eventId: event.id,
        role: 'panelist',
        status: 'confirmed',
      }),
    ],
  });

  it('has typed nodes and affiliation, nationality and participation edges', () => {
    const graph = buildGraph(data);
    expect(graph.nodes.map((n) => n.attrs.type).sort()).toEqual([
      'country',
      'country',
      'event',
      'organisation',
      'person',
    ]);
    expect(graph.edges.map((e) => e.attrs.kind).sort()).toEqual([
      'affiliation',
      'nationality',
      'nationality',
      'participation',
    ]);
    expect(graph.edges.find((e) => e.attrs.kind === 'participation')?.attrs).toMatchObject({
      role: 'panelist',
      status: 'confirmed',
    });
  });

  it('writes escaped GEXF 1.3 and GraphML', () => {
    const gexf = toGexf(buildGraph(data), '2026-11-28T00:00:00.000Z');
    expect(gexf).toContain('version="1.3"');
    expect(gexf).toContain('label="A &amp; B &lt;Institute&gt;"');
    expect(gexf).toContain('label="Podium &quot;1&quot;"');
    expect(gexf.match(/<node /g)).toHaveLength(5);
    expect(gexf.match(/<edge /g)).toHaveLength(4);
    const graphml = toGraphml(buildGraph(data));
    expect(graphml.match(/<node /g)).toHaveLength(5);
    expect(graphml).toContain('<data key="e_role">panelist</data>');
  });
});

describe('parseWorkspaceFile', () => {
  const valid = {
    format: 'plenary-workspace',
    version: 1,
    exportedAt: '',
    exportedBy: '',
    workspace: { name: 'W', createdAt: '2026-01-01T00:00:00.000Z' },
    data: aWorkspace({ people: [aPerson()] }),
  };
  it.each([
    ['not json', 'nope', 'not-json'],
    ['wrong format', JSON.stringify({ format: 'x' }), 'wrong-format'],
    [
      'no workspace',
      JSON.stringify({ format: 'plenary-workspace', version: 1, data: {} }),
      'wrong-format',
    ],
    ['newer', JSON.stringify({ ...valid, version: 2 }), 'newer-version'],
    [
      'invalid',
      JSON.stringify({
        ...valid,
        data: { ...valid.data, people: [{ ...valid.data.people[0], gender: 'robot' }] },
      }),
      'invalid-records',
    ],
    [
      'duplicate id',
      JSON.stringify({
        ...valid,
        data: { ...valid.data, people: [valid.data.people[0], valid.data.people[0]] },
      }),
      'invalid-records',
    ],
  ])('%s → %s', (_n, text, kind) => {
    const result = parseWorkspaceFile(text);
    expect(result.ok ? 'ok' : result.error.kind).toBe(kind);
  });

  it('gives the path of each invalid value', () => {
    const result = parseWorkspaceFile(
      JSON.stringify({
        ...valid,
        data: { ...valid.data, people: [{ ...valid.data.people[0], gender: 'robot' }] },
      }),
    );
    if (result.ok || result.error.kind !== 'invalid-records')
      throw new Error('expected invalid records');
    expect(result.error.issues).toEqual([
      { path: 'data.people[0].gender', message: 'validation.invalidChoice' },
    ]);
  });
});

describe('demonyms', () => {
  it('cover every UN Member State and each resolves to its own country', () => {
    const members = COUNTRIES.filter((c) => c.unRegionalGroup !== null).map(
      (c) => c.iso2 as string,
    );
    const covered = new Set(DEMONYMS.map(([, iso2]) => iso2));
    expect(members.filter((m) => !covered.has(m))).toEqual([]);
    const firstOf = new Map<string, string>();
    for (const [d, iso2] of DEMONYMS) if (!firstOf.has(iso2)) firstOf.set(iso2, d);
    const wrong = [...firstOf].filter(([iso2, d]) => matchCountry(d) !== iso2);
    expect(wrong).toEqual([]);
  });
});
