// `plenary validate`: every problem an import would report (or a workspace file's problems).
import { parseArgs, required } from '../args';
import { emptyWorkspaceData } from '../../shared/domain/model';
import { describeWorkspaceFileError, parseWorkspaceFile } from '../../shared/export/workspace-file';
import type { Command } from '../types';
import { UsageError } from '../types';
import { problemText, readParticipantFile } from '../table-input';
import { decodeUtf8 } from '../workspace-input';

const usage = `Usage: plenary validate --input FILE [--mapping MAPPING.json] [--sheet NAME] [--format text|json]

Lists every problem an import of FILE (CSV, TSV or XLSX) would report — one line per problem:
row, column, value and reason — or the problems of a workspace file (.json). Exits with 1 when
there is at least one problem, 0 when there is none.`;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'List every problem an import of a file would report',
  usage,
  run: async (args, io) => {
    const parsed = parseArgs(args, {
      input: 'value',
      mapping: 'value',
      sheet: 'value',
      format: 'value',
    });
    const input = required(parsed, 'input');
    const format = parsed.values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError('--format must be text or json.');
    if (input.toLowerCase().endsWith('.json')) {
      const result = parseWorkspaceFile(decodeUtf8(await io.readFile(input)));
      const problems = result.ok
        ? []
        : result.error.kind === 'invalid-records'
          ? result.error.issues.map((i) => ({ path: i.path, reason: i.message }))
          : [{ path: '', reason: describeWorkspaceFileError(result.error) }];
      if (format === 'json') io.stdout(`${JSON.stringify({ problems }, null, 2)}\n`);
      else for (const p of problems) io.stdout(`${p.path}\t${p.reason}\n`);
      io.stderr(`${problems.length} problem(s).\n`);
      return problems.length === 0 ? 0 : 1;
    }
    const { rows } = await readParticipantFile(io, input, emptyWorkspaceData(), {
      mappingPath: parsed.values.mapping,
      sheet: parsed.values.sheet,
    });
    const problems = rows.flatMap((r) => r.problems);
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify(
          {
            rows: rows.length,
            problems: problems.map((p) => ({
              row: p.row,
              column: p.column,
              value: p.value,
              severity: p.severity,
              reason: p.reason,
              message: problemText(p),
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      for (const p of problems) {
        io.stdout(
          `row ${p.row}\t${p.column}\t${JSON.stringify(p.value)}\t${p.severity}\t${problemText(p)}\n`,
        );
      }
    }
    io.stderr(`${rows.length} row(s), ${problems.length} problem(s).\n`);
    return problems.length === 0 ? 0 : 1;
  },
};
