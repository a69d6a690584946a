// A small `--name value` / `--flag` parser: the commands declare which options they take, so a
// typo is a usage error instead of being silently ignored.
import { UsageError } from './types';

export type OptionSpec = Record<string, 'value' | 'flag'>;
export type ParsedArgs = {
  values: Record<string, string>;
  flags: Set<string>;
};

export function parseArgs(args: string[], spec: OptionSpec): ParsedArgs {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}".`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const kind = spec[name];
    if (!kind) throw new UsageError(`Unknown option --${name}.`);
    if (kind === 'flag') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value.`);
      flags.add(name);
      continue;
    }
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value.`);
    }
    if (name in values) throw new UsageError(`--${name} is given twice.`);
    values[name] = value;
  }
  return { values, flags };
}

export function required(parsed: ParsedArgs, name: string): string {
  const value = parsed.values[name];
  if (value === undefined || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** The file extension, lower case, without the dot ('' when there is none). */
export function extensionOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}
