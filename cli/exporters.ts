// Which export formats the command line offers, over shared/export.
import { toWorkspaceFile } from '../shared/workspace-file';
import type { WorkspaceFile } from '../shared/workspace-file';
import { UsageError } from './types';

export const EXPORT_FORMATS = ['json'] as const;
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
  if (options.table !== undefined) throw new UsageError('--table applies to csv and xlsx only.');
  if (options.pseudonymise) throw new UsageError('--pseudonymise is not available yet.');
  const out = toWorkspaceFile(file.data, file.workspace, options.now, 'plenary-cli');
  return Promise.resolve(`${JSON.stringify(out, null, 2)}\n`);
}
