import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args';

describe('parseArgs', () => {
  it('defaults to size L, five repetitions after one warm-up, every scenario', () => {
    expect(parseArgs([])).toEqual({
      ok: true,
      help: false,
      options: {
        quick: false,
        sizes: ['L'],
        scenarios: null,
        reps: 5,
        warmup: 1,
        skipBuild: false,
        profileDir: null,
      },
    });
  });

  it('--quick means size S, one repetition, no warm-up', () => {
    const parsed = parseArgs(['--quick']);
    expect(parsed.ok && parsed.options).toMatchObject({ sizes: ['S'], reps: 1, warmup: 0 });
  });

  it('takes sizes, scenarios and repetitions, with a space or an equals sign', () => {
    const parsed = parseArgs(['--sizes', 's,M,L', '--scenario=analytics,planner', '--reps', '7']);
    expect(parsed.ok && parsed.options).toMatchObject({
      sizes: ['S', 'M', 'L'],
      scenarios: ['analytics', 'planner'],
      reps: 7,
    });
    const quickL = parseArgs(['--quick', '--sizes=L']);
    expect(quickL.ok && quickL.options.sizes).toEqual(['L']);
  });

  it('--profile takes the folder the CPU profiles go to', () => {
    const parsed = parseArgs(['--profile', '/tmp/profiles']);
    expect(parsed.ok && parsed.options.profileDir).toBe('/tmp/profiles');
    expect(parseArgs(['--profile'])).toEqual({ ok: false, error: '--profile needs a value' });
  });

  it('rejects unknown arguments, unknown sizes and bad repetition counts with a message', () => {
    expect(parseArgs(['--fast'])).toEqual({ ok: false, error: 'unknown argument "--fast"' });
    expect(parseArgs(['--sizes', 'XL'])).toMatchObject({ ok: false });
    expect(parseArgs(['--reps', '0'])).toMatchObject({ ok: false });
    expect(parseArgs(['--reps'])).toEqual({ ok: false, error: '--reps needs a value' });
  });
});
