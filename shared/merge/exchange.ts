// Reading an exchange file: the workspace file's own checks (shared/export/workspace-file.ts),
// plus the `team` section a merge needs (erased ids, writers' names), which that parser — shared
// by "open a workspace" and import — does not keep.
import type { ParsedWorkspaceFile } from '../export/workspace-file';
import { checkWorkspaceFile } from '../export/workspace-file';
import { readTeamSection } from '../workspace-file';

export function parseExchangeFile(text: string): ParsedWorkspaceFile {
  let raw: unknown;
  try {
    // A BOM is legal at the start of a UTF-8 file but not in JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  const parsed = checkWorkspaceFile(raw);
  if (!parsed.ok) return parsed;
  return { ok: true, file: { ...parsed.file, team: readTeamSection(raw) } };
}
