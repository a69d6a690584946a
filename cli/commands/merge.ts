// `plenary merge`: merges a colleague's workspace file into mine (shared/merge), writes the merged
// workspace and prints a JSON summary. Conflicts are resolved by --prefer and always listed.
import { parseArgs, required } from '../args';
import type { Command } from '../types';
import { CliError, UsageError } from '../types';
import type { CliIo } from '../types';
import { decodeUtf8 } from '../workspace-input';
import { cryptoRandomBytes } from '../../shared/domain/ids';
import { describeWorkspaceFileError } from '../../shared/export/workspace-file';
import { parseExchangeFile } from '../../shared/merge/exchange';
import { planMerge } from '../../shared/merge/merge';
import type { Prefer } from '../../shared/merge/merge';
import type { WorkspaceFile } from '../../shared/workspace-file';
import { toWorkspaceFile } from '../../shared/workspace-file';

const PREFER = ['mine', 'theirs', 'newest'] as const;

const usage = `Usage: plenary merge --base MINE.json --input THEIRS.json --output MERGED.json [--prefer mine|theirs|newest] [--as NAME] [--format json]

Merges THEIRS into MINE field by field: a change made on one side only is taken; a field changed
differently on both sides, or a record deleted on one side and edited on the other, is a conflict,
resolved by --prefer (default newest: the later change) and always listed in the summary.
A choice against the later change counts as a new change by --as (default: MINE's exporter).
People erased in either file (right to be forgotten) are removed from the result for good.
Prints {"added": n, "updated": n, "deleted": n, "conflicts": [...]} on stdout.`;

async function readExchangeFile(io: CliIo, path: string): Promise<WorkspaceFile> {
  const parsed = parseExchangeFile(decodeUtf8(await io.readFile(path)));
  if (!parsed.ok) throw new CliError(`${path}: ${describeWorkspaceFileError(parsed.error)}`);
  return parsed.file;
}

/** Each run writes (choices against the later write) under its own random writer id. */
function runReplica(): string {
  let hex = '';
  for (const byte of cryptoRandomBytes(8)) hex += byte.toString(16).padStart(2, '0');
  return `rep_${hex}`;
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: "Merge a colleague's workspace file into mine",
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      base: 'value',
      input: 'value',
      output: 'value',
      prefer: 'value',
      as: 'value',
      format: 'value',
    });
    const basePath = required(parsed, 'base');
    const inputPath = required(parsed, 'input');
    const output = required(parsed, 'output');
    const prefer = parsed.values.prefer ?? 'newest';
    if (!(PREFER as readonly string[]).includes(prefer)) {
      throw new UsageError(`--prefer must be one of ${PREFER.join(', ')}.`);
    }
    const format = parsed.values.format ?? 'json';
    if (format !== 'json') throw new UsageError('--format must be json.');
    const base = await readExchangeFile(io, basePath);
    const input = await readExchangeFile(io, inputPath);
    const plan = planMerge(base.data, input.data, {
      erased: [...(base.team?.erased ?? []), ...(input.team?.erased ?? [])],
    });
    const now = io.now();
    const device = parsed.values.as ?? (base.exportedBy || 'plenary-cli');
    // A choice against the later write is a write by --as, under the command line's own id.
    const replica = runReplica();
    const result = plan.apply({ prefer: prefer as Prefer }, { now, device, replica });
    const writers = { ...base.team?.writers, ...input.team?.writers, [replica]: device };
    const merged = toWorkspaceFile(result.data, base.workspace, now, device, {
      erased: result.erased,
      writers,
    });
    const who = (id: string) => writers[id] ?? id;
    await io.writeFile(output, `${JSON.stringify(merged, null, 2)}\n`);
    const summary = {
      ...result.counts,
      conflicts: plan.preview.conflicts.map((c) => ({
        type: c.type,
        table: c.table,
        id: c.id,
        field: c.field,
        mine: c.mine,
        theirs: c.theirs,
        mineBy: who(c.mineBy),
        mineAt: c.mineAt,
        theirsBy: who(c.theirsBy),
        theirsAt: c.theirsAt,
        chosen: prefer === 'newest' ? c.preferred : prefer,
      })),
      duplicates: plan.preview.duplicates.map((d) => ({
        mine: d.mineId,
        theirs: d.theirsId,
        reasons: d.reasons,
      })),
    };
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    io.stderr(`Wrote ${output}.\n`);
    return 0;
  },
};
