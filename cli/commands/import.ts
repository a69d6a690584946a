// `plenary import`: a participant CSV/XLSX → a workspace file. Duplicates are reported, never
// merged (that needs a person to decide, in the app); rows with errors are skipped and listed.
import { parseArgs, required } from '../args';
import type { EventId, WorkspaceData } from '../../shared/domain/model';
import {
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  emptyWorkspaceData,
} from '../../shared/domain/model';
import { validateRecord } from '../../shared/domain/schemas';
import { applyDelta, buildImport, findDuplicates, materialise } from '../../shared/import';
import { toWorkspaceFile } from '../../shared/workspace-file';
import type { Command } from '../types';
import { CliError, UsageError } from '../types';
import { problemText, readParticipantFile } from '../table-input';
import { readWorkspaceFile } from '../workspace-input';
import { findEvent } from './report';

const usage = `Usage: plenary import --input FILE.csv|.tsv|.xlsx [--mapping MAPPING.json] --output WORKSPACE.json
                      [--workspace EXISTING.json] [--event NAME_OR_ID] [--role ROLE] [--status STATUS] [--sheet NAME]

Reads a participant list, maps its columns (from the header names, or MAPPING.json:
{"name": "...", "columns": {"<header>": "<field>"}}) and writes a workspace file with the people
(and organisations) added to EXISTING.json, or to an empty workspace. With --event, each person
also takes part in that event, with the file's role and status (or --role / --status).
Rows with errors are skipped and listed on stderr; likely duplicates are listed, never merged.
The import report (added, updated, skipped, merged) is printed as JSON on stdout.`;

export const importCommand: Command = {
  name: 'import',
  summary: 'Import a participant CSV/XLSX into a workspace file',
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      input: 'value',
      mapping: 'value',
      output: 'value',
      workspace: 'value',
      event: 'value',
      role: 'value',
      status: 'value',
      sheet: 'value',
    });
    const input = required(parsed, 'input');
    const output = required(parsed, 'output');
    const { role, status } = parsed.values;
    if (role !== undefined && !(PARTICIPATION_ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${PARTICIPATION_ROLES.join(', ')}.`);
    }
    if (status !== undefined && !(PARTICIPATION_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${PARTICIPATION_STATUSES.join(', ')}.`);
    }
    const base =
      parsed.values.workspace !== undefined
        ? await readWorkspaceFile(io, parsed.values.workspace)
        : null;
    const data: WorkspaceData = base?.data ?? emptyWorkspaceData();
    let eventId: EventId | null = null;
    if (parsed.values.event !== undefined) {
      const event = findEvent(data, parsed.values.event);
      if (!event) throw new CliError(`no event "${parsed.values.event}" in the workspace.`);
      eventId = event.id;
    }
    const { rows } = await readParticipantFile(io, input, data, {
      mappingPath: parsed.values.mapping,
      sheet: parsed.values.sheet,
      prepare: {
        ...(role ? { role: role as (typeof PARTICIPATION_ROLES)[number] } : {}),
        ...(status ? { status: status as (typeof PARTICIPATION_STATUSES)[number] } : {}),
      },
    });
    for (const p of rows.flatMap((r) => r.problems)) {
      io.stderr(`row ${p.row}, ${p.column} ${JSON.stringify(p.value)}: ${problemText(p)}\n`);
    }
    const duplicates = findDuplicates(rows, data.people);
    for (const d of duplicates) {
      const other = d.target.kind === 'row' ? `row ${d.target.row}` : `person ${d.target.id}`;
      io.stderr(
        `row ${d.row} may be the same person as ${other} (${d.reasons.join(', ')}); kept apart.\n`,
      );
    }
    const { ops, report } = buildImport(
      rows,
      { skip: new Set(), merges: new Map(), eventId },
      data,
    );
    const now = io.now();
    const delta = materialise(ops, data, {
      now,
      device: 'plenary-cli',
      randomBytes: io.randomBytes,
    });
    const next = applyDelta(data, delta);
    // Belt and braces: a record the app would refuse is never written.
    for (const table of Object.keys(delta) as (keyof WorkspaceData)[]) {
      for (const record of delta[table]) {
        const checked = validateRecord(table, record);
        if (!checked.ok)
          throw new CliError(
            `an imported record is not valid (${table}: ${checked.issues.map((i) => i.path).join(', ')}); nothing was written.`,
          );
      }
    }
    const file = toWorkspaceFile(
      next,
      base?.workspace ?? { name: 'Imported', createdAt: now },
      now,
      'plenary-cli',
    );
    await io.writeFile(output, `${JSON.stringify(file, null, 2)}\n`);
    io.stdout(`${JSON.stringify({ ...report, duplicates: duplicates.length }, null, 2)}\n`);
    io.stderr(`Wrote ${output}.\n`);
    return 0;
  },
};
