// Reading a workspace file given on the command line, with the parser's distinct errors.
import { describeWorkspaceFileError, parseWorkspaceFile } from '../shared/export/workspace-file';
import type { WorkspaceFile } from '../shared/workspace-file';
import type { CliIo } from './types';
import { CliError } from './types';

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readWorkspaceFile(io: CliIo, path: string): Promise<WorkspaceFile> {
  const parsed = parseWorkspaceFile(decodeUtf8(await io.readFile(path)));
  if (!parsed.ok) throw new CliError(`${path}: ${describeWorkspaceFileError(parsed.error)}`);
  return parsed.file;
}
