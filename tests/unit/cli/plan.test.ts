// `plenary plan` on a pool CSV and on a workspace file: JSON on success (exit 0), violations and
// a relaxation when infeasible (exit 2), clear errors on bad input.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/main';
import { generateDemoWorkspace } from '../../../shared/demo';
import { toWorkspaceFile } from '../../../shared/workspace-file';
import { fakeIo } from './fake-io';

const POOL = [
  'id,Gender,Region,Organisation,score',
  'a,woman,Oceania,o1,5',
  'b,man,Oceania,o1,4',
  'c,woman,Europe,o2,3',
  'd,man,Europe,o2,5',
  'e,woman,Asia,o3,2',
  'f,man,Asia,o4,1',
].join('\n');

type Out = {
  feasible: boolean;
  selected?: string[];
  composition?: Record<string, Record<string, number>>;
  objective?: number;
  violations?: {
    dimension: string;
    category: string;
    min: number | null;
    max: number | null;
    achievable: number;
  }[];
  relaxation?: unknown[];
};

async function plan(files: Record<string, string>, args: string[]) {
  const io = fakeIo(files);
  const code = await runCli(['plan', ...args], io);
  return {
    code,
    io,
    out: code === 0 || code === 2 ? (io.out() === '' ? null : (JSON.parse(io.out()) as Out)) : null,
  };
}

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('plenary plan with a pool CSV', { timeout: 60_000 }, () => {
  it('selects the best panel that meets the quotas', async () => {
    const quotas = 'dimension,category,min,max\ngender,woman,2,\nREGION,Asia,1,1\n';
    const { code, out } = await plan({ 'pool.csv': POOL, 'q.csv': quotas }, [
      '--input',
      'pool.csv',
      '--seats',
      '3',
      '--quotas',
      'q.csv',
      '--priority',
      'score',
      '--max-per-organisation',
      '1',
    ]);
    expect(code).toBe(0);
    // Best: a (5) and d (5) are from different organisations; one of Asia (e:2, f:1) must come,
    // and two women: a and e → a, d, e = 12.
    expect(out?.feasible).toBe(true);
    expect(out?.selected?.sort()).toEqual(['a', 'd', 'e']);
    expect(out?.objective).toBe(12);
    expect(out?.composition?.['gender']).toEqual({ woman: 2, man: 1 });
    expect(out?.composition?.['region']?.['Asia']).toBe(1);
  });

  it('accepts the feature,value,min,max header and ignores extra columns', async () => {
    const quotas = 'feature,value,min,max,note\nregion,Europe,2,2,both\n';
    const { code, out } = await plan({ 'pool.csv': POOL, 'q.csv': quotas }, [
      '--input',
      'pool.csv',
      '--seats',
      '2',
      '--quotas',
      'q.csv',
    ]);
    expect(code).toBe(0);
    expect(out?.selected?.sort()).toEqual(['c', 'd']);
  });

  it('exits 2 with the impossible quota and what the pool allows', async () => {
    const quotas = 'dimension,category,min,max\nregion,Oceania,3,\n';
    const { code, out } = await plan({ 'pool.csv': POOL, 'q.csv': quotas }, [
      '--input',
      'pool.csv',
      '--seats',
      '4',
      '--quotas',
      'q.csv',
    ]);
    expect(code).toBe(2);
    expect(out?.feasible).toBe(false);
    expect(out?.violations).toEqual([
      { dimension: 'region', category: 'Oceania', min: 3, max: null, achievable: 2 },
    ]);
    expect(out?.relaxation).toEqual([
      {
        constraint: { kind: 'quota', dimension: 'region', category: 'Oceania' },
        bound: 'min',
        from: 3,
        to: 2,
      },
    ]);
  });

  it('reports a quota on a column the pool lacks, and bad numbers, without output', async () => {
    const missing = await plan(
      { 'pool.csv': POOL, 'q.csv': 'dimension,category,min,max\nage,18-34,1,\n' },
      ['--input', 'pool.csv', '--seats', '2', '--quotas', 'q.csv'],
    );
    expect(missing.code).toBe(1);
    expect(missing.io.out()).toBe('');
    expect(missing.io.err()).toContain('no column "age"');
    const bad = await plan(
      { 'pool.csv': POOL, 'q.csv': 'dimension,category,min,max\ngender,woman,two,\n' },
      ['--input', 'pool.csv', '--seats', '2', '--quotas', 'q.csv'],
    );
    expect(bad.code).toBe(1);
    expect(bad.io.err()).toContain('min must be a whole number');
    const seats = await plan({ 'pool.csv': POOL, 'q.csv': 'dimension,category,min,max\n' }, [
      '--input',
      'pool.csv',
      '--seats',
      'many',
      '--quotas',
      'q.csv',
    ]);
    expect(seats.code).toBe(2);
  });
});

describe(
  'plenary plan: every bad input is refused with a message and no JSON',
  { timeout: 60_000 },
  () => {
    const QUOTAS = 'dimension,category,min,max\ngender,woman,1,\n';
    const base = ['--input', 'pool.csv', '--seats', '2', '--quotas', 'q.csv'];
    const run = (files: Record<string, string>, args: string[]) =>
      plan({ 'pool.csv': POOL, 'q.csv': QUOTAS, ...files }, args);

    it.each([
      ['no --input', ['--seats', '2', '--quotas', 'q.csv'], 2, '--input'],
      ['no --seats', ['--input', 'pool.csv', '--quotas', 'q.csv'], 2, '--seats'],
      ['no --quotas', ['--input', 'pool.csv', '--seats', '2'], 2, '--quotas'],
      [
        'negative seats',
        ['--input', 'pool.csv', '--seats', '-1', '--quotas', 'q.csv'],
        2,
        '--seats',
      ],
      [
        'fractional seats',
        ['--input', 'pool.csv', '--seats', '2.5', '--quotas', 'q.csv'],
        2,
        '--seats',
      ],
      ['an unknown format', [...base, '--format', 'csv'], 2, '--format must be json'],
      ['a bad organisation limit', [...base, '--max-per-organisation', 'x'], 2, 'whole number'],
      ['--event with a CSV pool', [...base, '--event', 'EGM'], 2, 'needs a workspace file'],
      [
        'a missing pool file',
        ['--input', 'nope.csv', '--seats', '2', '--quotas', 'q.csv'],
        1,
        'nope.csv',
      ],
      ['a missing priority column', [...base, '--priority', 'rating'], 1, 'no column "rating"'],
    ])('%s', async (_, args, exit, message) => {
      const { code, io } = await run({}, args);
      expect(code).toBe(exit);
      expect(io.out()).toBe('');
      expect(io.err()).toContain(message);
    });

    it.each([
      ['a header without min/max', 'dimension,category\ngender,woman\n', 'needs the columns'],
      ['min above max', 'dimension,category,min,max\ngender,woman,3,1\n', 'min is above max'],
      ['a fractional count', 'dimension,category,min,max\ngender,woman,1.5,\n', 'whole number'],
      ['a negative count', 'dimension,category,min,max\ngender,woman,,-1\n', 'max must be'],
      ['an empty category', 'dimension,category,min,max\ngender,,1,\n', 'line 2'],
      ['an unknown dimension', 'dimension,category,min,max\nage,18-34,1,\n', 'no column "age"'],
    ])('quotas with %s', async (_, quotas, message) => {
      const { code, io } = await run({ 'q.csv': quotas }, base);
      expect(code).toBe(1);
      expect(io.out()).toBe('');
      expect(io.err()).toContain(message);
    });

    it.each([
      ['a repeated id', 'id,gender\na,woman\na,man\n', 'pool line 3: the id is "a" again'],
      ['an empty id', 'id,gender\n,woman\nb,man\n', 'pool line 2: the id is empty'],
    ])('a pool with %s', async (_, pool, message) => {
      const { code, io } = await run({ 'pool.csv': pool }, base);
      expect(code).toBe(1);
      expect(io.err()).toContain(message);
    });

    it('a priority that is not a number, and an organisation limit on a pool without organisations', async () => {
      const pool = 'id,gender,score\na,woman,high\nb,man,2\n';
      const prio = await run({ 'pool.csv': pool }, [...base, '--priority', 'Score']);
      expect(prio.code).toBe(1);
      expect(prio.io.err()).toContain('pool line 2: the priority is not a number');
      const noOrg = await run({ 'pool.csv': 'id,gender\na,woman\nb,man\n' }, [
        ...base,
        '--max-per-organisation',
        '1',
      ]);
      expect(noOrg.code).toBe(1);
      expect(noOrg.io.err()).toContain('needs an "organisation" column');
    });

    it('a dimension the workspace does not know', async () => {
      const NOW = '2026-11-28T12:00:00.000Z';
      const demo = generateDemoWorkspace({ now: NOW });
      const file = JSON.stringify(
        toWorkspaceFile(demo, { name: 'Demo', createdAt: NOW }, NOW, 'test'),
      );
      const { code, io } = await plan(
        { 'ws.json': file, 'q.csv': 'dimension,category,min,max\nshoe size,42,1,\n' },
        ['--input', 'ws.json', '--seats', '3', '--quotas', 'q.csv'],
      );
      expect(code).toBe(1);
      expect(io.err()).toContain('unknown dimension "shoe size"');
    });

    it('exits 2 with the organisation limit to relax when it conflicts with a quota', async () => {
      // Both Oceanians are from o1: two from Oceania and at most one per organisation conflict.
      const { code, out } = await run({ 'q.csv': 'Feature,Value,Min,Max\nRegion,Oceania,2,\n' }, [
        ...base,
        '--max-per-organisation',
        '1',
      ]);
      expect(code).toBe(2);
      expect(out?.feasible).toBe(false);
      expect(out?.violations?.length).toBe(1);
      const v = out?.violations?.[0];
      // The contract's fields, exactly.
      expect(Object.keys(v ?? {}).sort()).toEqual([
        'achievable',
        'category',
        'dimension',
        'max',
        'min',
      ]);
      expect(out?.relaxation).toHaveLength(1);
    });
  },
);

// Solving loads WebAssembly and runs a MIP: generous timeouts for a busy machine (no timing is asserted).
describe('plenary plan with a workspace file', { timeout: 60_000 }, () => {
  const NOW = '2026-11-28T12:00:00.000Z';
  const demo = generateDemoWorkspace({ now: NOW });
  const file = JSON.stringify(toWorkspaceFile(demo, { name: 'Demo', createdAt: NOW }, NOW, 'test'));

  it('plans an event by name, keeping its confirmed people, and meets the quotas', async () => {
    const quotas =
      'dimension,category,min,max\ngender,woman,14,16\nstakeholder-group,local-regional-government,6,\n';
    const { code, out } = await plan({ 'ws.json': file, 'q.csv': quotas }, [
      '--input',
      'ws.json',
      '--event',
      'Regional Consultation for Arab States',
      '--seats',
      '30',
      '--quotas',
      'q.csv',
      '--max-per-organisation',
      '3',
    ]);
    expect(code).toBe(0);
    expect(out?.selected).toHaveLength(30);
    const event = demo.events.find((e) => e.name === 'Regional Consultation for Arab States');
    const confirmed = demo.participations
      .filter((p) => p.eventId === event?.id && p.status === 'confirmed')
      .map((p) => p.personId as string);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(out?.selected).toEqual(expect.arrayContaining(confirmed));
    const women = out?.composition?.['gender']?.['woman'] ?? 0;
    expect(women).toBeGreaterThanOrEqual(14);
    expect(women).toBeLessThanOrEqual(16);
    expect(
      out?.composition?.['stakeholder-group']?.['local-regional-government'],
    ).toBeGreaterThanOrEqual(6);
  });

  it('names an unknown event', async () => {
    const { code, io } = await plan({ 'ws.json': file, 'q.csv': 'dimension,category,min,max\n' }, [
      '--input',
      'ws.json',
      '--event',
      'No such meeting',
      '--seats',
      '3',
      '--quotas',
      'q.csv',
    ]);
    expect(code).toBe(1);
    expect(io.err()).toContain('no event "No such meeting"');
  });
});
