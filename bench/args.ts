// Command-line arguments of `npm run bench`. Pure, unit-tested.
import type { SyntheticSize } from '../shared/demo/synthetic';
import type { BenchOptions } from './types';

export const USAGE = `Usage: npm run bench [-- options]
  --quick              size S, one repetition, no warm-up (what CI runs)
  --sizes S,M,L        synthetic workspace sizes (default L)
  --scenario a,b       only these scenarios (default all)
  --reps N             repetitions after the warm-up (default 5)
  --skip-build         reuse dist/web-bench instead of building the renderer
  --profile DIR        also record one CPU profile of each Chromium open into DIR
                       (<workspace>-<route>.cpuprofile; open in DevTools → Performance)
  --help               this text`;

export type ParsedArgs =
  { ok: true; options: BenchOptions; help: boolean } | { ok: false; error: string };

const SIZES: readonly SyntheticSize[] = ['S', 'M', 'L'];

function valueOf(argv: readonly string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let quick = false;
  let help = false;
  let skipBuild = false;
  let sizes: SyntheticSize[] | null = null;
  let scenarios: string[] | null = null;
  let reps: number | null = null;
  let profileDir: string | null = null;
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] ?? '';
      const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
      const take = () => {
        if (inline !== undefined) return inline;
        const v = valueOf(argv, i, flag ?? arg);
        i++;
        return v;
      };
      switch (flag) {
        case '--quick':
          quick = true;
          break;
        case '--help':
        case '-h':
          help = true;
          break;
        case '--skip-build':
          skipBuild = true;
          break;
        case '--sizes':
        case '--size': {
          const list = take()
            .split(',')
            .map((s) => s.trim().toUpperCase())
            .filter((s) => s !== '');
          const bad = list.filter((s) => !(SIZES as readonly string[]).includes(s));
          if (bad.length > 0 || list.length === 0) {
            throw new Error(`unknown size "${bad.join(',')}" (use S, M or L)`);
          }
          sizes = [...new Set(list as SyntheticSize[])];
          break;
        }
        case '--scenario':
        case '--scenarios':
          scenarios = take()
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '');
          break;
        case '--reps': {
          const n = Number(take());
          if (!Number.isInteger(n) || n < 1) throw new Error('--reps needs a positive integer');
          reps = n;
          break;
        }
        case '--profile':
          profileDir = take();
          break;
        default:
          throw new Error(`unknown argument "${arg}"`);
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return {
    ok: true,
    help,
    options: {
      quick,
      sizes: sizes ?? (quick ? ['S'] : ['L']),
      scenarios,
      reps: reps ?? (quick ? 1 : 5),
      warmup: quick ? 0 : 1,
      skipBuild,
      profileDir,
    },
  };
}
