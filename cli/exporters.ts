// Which export formats the command line offers, over shared/export.
import { buildGraph, toGexf, toGraphml } from '../shared/export/graph';
import { pseudonymise } from '../shared/export/pseudonymise';
import { toCsv, toXlsx } from '../shared/export/spreadsheet';
import type { ExportTable } from '../shared/export/tables';
import { EXPORT_TABLES, exportSheet } from '../shared/export/tables';
import { toWorkspaceFile } from '../shared/workspace-file';
import type { WorkspaceFile } from '../shared/workspace-file';
import { UsageError } from './types';

export const EXPORT_FORMATS = ['json', 'csv', 'xlsx', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  table: string | undefined;
  pseudonymise: boolean;
  now: string;
  randomBytes: (length: number) => Uint8Array;
};

export async function exportWorkspace(
  file: WorkspaceFile,
  format: ExportFormat,
  options: ExportOptions,
): Promise<string | Uint8Array> {
  if (options.table !== undefined && format !== 'csv' && format !== 'xlsx') {
    throw new UsageError('--table applies to csv and xlsx only.');
  }
  if (
    options.table !== undefined &&
    !(EXPORT_TABLES as readonly string[]).includes(options.table)
  ) {
    throw new UsageError(`--table must be one of ${EXPORT_TABLES.join(', ')}.`);
  }
  const table = options.table as ExportTable | undefined;
  const data = options.pseudonymise ? pseudonymise(file.data, options.randomBytes) : file.data;
  switch (format) {
    case 'json': {
      const out = toWorkspaceFile(
        data,
        options.pseudonymise
          ? { name: 'pseudonymised', createdAt: file.workspace.createdAt }
          : file.workspace,
        options.now,
        'plenary-cli',
      );
      return `${JSON.stringify(out, null, 2)}\n`;
    }
    case 'csv':
      return toCsv(exportSheet(data, table ?? 'people'));
    case 'xlsx':
      return toXlsx((table ? [table] : [...EXPORT_TABLES]).map((t) => exportSheet(data, t)));
    case 'gexf':
      return toGexf(buildGraph(data), options.now);
    case 'graphml':
      return toGraphml(buildGraph(data));
  }
}
