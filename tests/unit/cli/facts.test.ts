// `plenary facts`: the conference-facts tables of an event as Markdown and JSON, with and without
// small-cell suppression, from the same shared/analytics functions as the screen; bad input
// goes to stderr with a non-zero exit and nothing on stdout.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { conferenceFacts, factsToMarkdown } from '../../../shared/analytics';
import type { FactsJson } from '../../../shared/analytics';
import { ALL_MALE_PODIUM, generateDemoWorkspace } from '../../../shared/demo';
import { toWorkspaceFile } from '../../../shared/workspace-file';
import { aParticipation, aPerson, aWorkspace, anEvent, iso2 } from '../../helpers/builders';
import { fakeIo } from './fake-io';

const NOW = '2026-11-28T10:00:00.000Z';
const CONFERENCE = 'International Conference on People-Centred Smart Cities';
const demo = generateDemoWorkspace({ now: NOW });
const fileOf = (data: typeof demo) =>
  JSON.stringify(toWorkspaceFile(data, { name: 'Demo', createdAt: NOW }, NOW, 'test'));
const demoFile = fileOf(demo);

/** Six women from Kenya, a man from Nigeria, a man from France and Senegal, one man unknown. */
function small() {
  const event = anEvent({ name: 'Expert meeting' });
  const people = [
    ...Array.from({ length: 6 }, () => aPerson({ gender: 'woman', nationalities: [iso2('KE')] })),
    aPerson({ gender: 'man', nationalities: [iso2('NG')] }),
    aPerson({ gender: 'man', nationalities: [iso2('FR'), iso2('SN')] }),
    aPerson({ gender: 'man', nationalities: [] }),
  ];
  const participations = people.map((p) =>
    aParticipation({ personId: p.id, eventId: event.id, status: 'attended' }),
  );
  return { event, data: aWorkspace({ people, events: [event], participations }) };
}

async function run(args: string[], files: Record<string, string>) {
  const io = fakeIo(files);
  const code = await runCli(['facts', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('plenary facts', () => {
  it('prints the Markdown the screen exports, by event name, with the all-male podium', async () => {
    const r = await run(['--input', 'ws.json', '--event', CONFERENCE], { 'ws.json': demoFile });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const conf = demo.events.find((e) => e.name === CONFERENCE);
    const facts = conf === undefined ? null : conferenceFacts(demo, conf.id);
    if (facts === null) throw new Error('no conference in the demo');
    // Byte for byte what shared/analytics produces for the screen's Markdown export.
    expect(r.out).toBe(factsToMarkdown(facts, { suppress: false }));
    expect(r.out).toContain(`# Conference facts: ${CONFERENCE}`);
    expect(r.out).toContain('### Nationalities by region');
    expect(r.out).toContain(ALL_MALE_PODIUM);
  });

  it('prints hand-checked JSON tables, by event id', async () => {
    const { event, data } = small();
    const r = await run(['--input', 'w.json', '--event', event.id, '--format', 'json'], {
      'w.json': fileOf(data),
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as FactsJson;
    expect(json.event.name).toBe('Expert meeting');
    expect(json.participants).toBe(9);
    expect(json.countries).toBe(4);
    expect(json.noNationality).toBe(1);
    expect(json.suppression).toBeNull();
    expect(json.regionsMissing).toEqual(['Americas', 'Asia', 'Oceania']);
    expect(json.tables.find((t) => t.name === 'gender')?.rows).toEqual([
      ['Woman', '6', '67 %'],
      ['Man', '3', '33 %'],
      ['Total', '9', '100 %'],
    ]);
    expect(json.tables.find((t) => t.name === 'nationalities')?.rows).toEqual([
      ['Africa', 'Kenya', '6'],
      ['Africa', 'Nigeria', '1'],
      ['Africa', 'Senegal', '1'],
      ['Europe', 'France', '1'],
    ]);
  });

  it('suppresses small cells with --suppress N, complementary cells marked x, and says so', async () => {
    const { event, data } = small();
    const files = { 'w.json': fileOf(data) };
    const r = await run(
      ['--input', 'w.json', '--event', event.id, '--format', 'json', '--suppress', '5'],
      files,
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as FactsJson;
    expect(json.suppression?.threshold).toBe(5);
    expect(json.suppression?.note).toContain('Counts below 5 are shown as "<5"');
    // 3 men is small; 9 − 6 would give it away, so the 6 women are hidden too (as "x", not "<5").
    expect(json.tables.find((t) => t.name === 'gender')?.rows).toEqual([
      ['Woman', 'x', ''],
      ['Man', '<5', ''],
      ['Total', '9', '100 %'],
    ]);
    const md = await run(['--input', 'w.json', '--event', event.id, '--suppress', '10'], files);
    // With a threshold of 10 the whole meeting (9 people) is a small count.
    expect(md.out).toContain('<10 participants');
    expect(md.out).toContain('> Counts below 10 are shown as "<10"');
    expect(md.out).not.toMatch(/\| Woman \| 6 \|/);
  });

  it.each([
    [['--event', 'x'], 2, '--input is required'],
    [['--input', 'ws.json'], 2, '--event is required'],
    [
      ['--input', 'ws.json', '--event', CONFERENCE, '--format', 'csv'],
      2,
      '--format must be md or json',
    ],
    [
      ['--input', 'ws.json', '--event', CONFERENCE, '--suppress', '1'],
      2,
      '--suppress must be a whole number',
    ],
    [
      ['--input', 'ws.json', '--event', CONFERENCE, '--suppress', 'five'],
      2,
      '--suppress must be a whole number',
    ],
    [
      ['--input', 'ws.json', '--event', CONFERENCE, '--colour', 'red'],
      2,
      'Unknown option --colour',
    ],
    [['--input', 'people.csv', '--event', CONFERENCE], 2, '--input must be a workspace file'],
    [['--input', 'ws.json', '--event', 'Nowhere'], 1, 'no event "Nowhere" in ws.json'],
    [['--input', 'missing.json', '--event', CONFERENCE], 1, 'cannot find missing.json'],
    [['--input', 'bad.json', '--event', CONFERENCE], 1, 'bad.json'],
  ])(
    'refuses %j with exit %i, a message on stderr and nothing on stdout',
    async (args, code, message) => {
      const r = await run(args, { 'ws.json': demoFile, 'bad.json': '{"not": "a workspace"' });
      expect(r.code).toBe(code);
      expect(r.err).toContain(message);
      expect(r.out).toBe('');
    },
  );

  it('is listed in the help', async () => {
    const io = fakeIo();
    expect(await runCli(['help'], io)).toBe(0);
    expect(io.out()).toMatch(/facts\s+Conference facts of one event/);
  });
});
