// Reading a participant CSV/TSV/XLSX on the command line: the same parsing, mapping and
// normalisation as the import wizard.
import type { WorkspaceData } from '../shared/domain/model';
import { en } from '../shared/i18n';
import type {
  ColumnMapping,
  PreparedRow,
  PrepareOptions,
  RowProblem,
  Table,
} from '../shared/import';
import {
  describeReadError,
  parseSavedMapping,
  prepareRows,
  proposeMapping,
  readTableFile,
} from '../shared/import';
import type { CliIo } from './types';
import { CliError } from './types';
import { decodeUtf8 } from './workspace-input';

export type ParticipantInput = {
  table: Table;
  mapping: ColumnMapping;
  rows: PreparedRow[];
};

export async function readParticipantFile(
  io: CliIo,
  path: string,
  workspace: Pick<WorkspaceData, 'organisations'>,
  options: { mappingPath?: string; sheet?: string; prepare?: PrepareOptions } = {},
): Promise<ParticipantInput> {
  const read = await readTableFile(await io.readFile(path));
  if (!read.ok) throw new CliError(`${path}: ${describeReadError(read.error)}`);
  const { sheets, encoding, confident } = read.value;
  if (!confident) io.stderr(`${path}: the text encoding was guessed as ${encoding ?? '?'}.\n`);
  const sheet =
    options.sheet !== undefined
      ? sheets.find((s) => s.name === options.sheet)
      : (sheets.find((s) => s.table.rows.length > 0) ?? sheets[0]);
  if (!sheet) throw new CliError(`${path}: there is no sheet named "${options.sheet ?? ''}".`);
  let saved;
  if (options.mappingPath !== undefined) {
    saved = parseSavedMapping(decodeUtf8(await io.readFile(options.mappingPath)));
    if (!saved) throw new CliError(`${options.mappingPath}: not a valid mapping file.`);
  }
  const mapping = proposeMapping(sheet.table.headers, saved);
  if (!mapping.some((f) => f === 'fullName' || f === 'familyName' || f === 'givenName')) {
    throw new CliError(`${path}: no column could be mapped to a name; pass --mapping.`);
  }
  return {
    table: sheet.table,
    mapping,
    rows: prepareRows(sheet.table, mapping, workspace, options.prepare),
  };
}

/** The English text of a problem's reason, from the same catalogue as the app. */
export function problemText(problem: RowProblem): string {
  const key = problem.reason.replace(
    /^transfer\.problem\./,
    '',
  ) as keyof typeof en.transfer.problem;
  const template: string = en.transfer.problem[key] ?? problem.reason;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => problem.params?.[name] ?? '');
}
