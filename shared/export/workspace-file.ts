// Parsing and validating a workspace file (shared/workspace-file.ts) before anything is replaced:
// each way a file can be wrong gets its own error, so the user is told what happened.
import type { TableName, WorkspaceData } from '../domain/model';
import { TABLE_NAMES } from '../domain/model';
import { validateRecord } from '../domain/schemas';
import type { WorkspaceFile } from '../workspace-file';
import { WORKSPACE_FILE_FORMAT, WORKSPACE_FILE_VERSION } from '../workspace-file';

export type RecordIssue = { path: string; message: string };

export type WorkspaceFileError =
  | { kind: 'not-json' }
  | { kind: 'wrong-format' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid-records'; issues: RecordIssue[]; total: number };

export type ParsedWorkspaceFile =
  { ok: true; file: WorkspaceFile } | { ok: false; error: WorkspaceFileError };

/** At most this many record issues are returned (the total is always counted). */
export const MAX_REPORTED_ISSUES = 200;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseWorkspaceFile(text: string): ParsedWorkspaceFile {
  let raw: unknown;
  try {
    // A BOM is legal at the start of a UTF-8 file but not in JSON.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  return checkWorkspaceFile(raw);
}

export function checkWorkspaceFile(raw: unknown): ParsedWorkspaceFile {
  if (!isObject(raw) || raw.format !== WORKSPACE_FILE_FORMAT) {
    return { ok: false, error: { kind: 'wrong-format' } };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { kind: 'wrong-format' } };
  }
  if (version > WORKSPACE_FILE_VERSION) {
    return { ok: false, error: { kind: 'newer-version', version } };
  }
  const workspace = raw.workspace;
  const data = raw.data;
  if (
    !isObject(workspace) ||
    typeof workspace.name !== 'string' ||
    typeof workspace.createdAt !== 'string' ||
    !isObject(data)
  ) {
    return { ok: false, error: { kind: 'wrong-format' } };
  }
  const issues: RecordIssue[] = [];
  let total = 0;
  const note = (path: string, message: string) => {
    total += 1;
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ path, message });
  };
  const out: Partial<Record<TableName, unknown[]>> = {};
  for (const table of TABLE_NAMES) {
    const rows = data[table] ?? [];
    if (!Array.isArray(rows)) {
      note(`data.${table}`, 'validation.invalidRecord');
      continue;
    }
    const seen = new Set<string>();
    const valid: unknown[] = [];
    rows.forEach((row: unknown, i) => {
      const checked = validateRecord(table, row);
      if (!checked.ok) {
        for (const issue of checked.issues) {
          note(`data.${table}[${i}]${issue.path ? `.${issue.path}` : ''}`, issue.message);
        }
        return;
      }
      if (seen.has(checked.value.id)) {
        note(`data.${table}[${i}].id`, 'transfer.problem.duplicateId');
        return;
      }
      seen.add(checked.value.id);
      valid.push(checked.value);
    });
    out[table] = valid;
  }
  if (total > 0) return { ok: false, error: { kind: 'invalid-records', issues, total } };
  return {
    ok: true,
    file: {
      format: WORKSPACE_FILE_FORMAT,
      version: WORKSPACE_FILE_VERSION,
      exportedAt: typeof raw.exportedAt === 'string' ? raw.exportedAt : '',
      exportedBy: typeof raw.exportedBy === 'string' ? raw.exportedBy : '',
      workspace: { name: workspace.name, createdAt: workspace.createdAt },
      data: out as WorkspaceData,
    },
  };
}

/** A one-line English description, for the command line and logs without personal data. */
export function describeWorkspaceFileError(error: WorkspaceFileError): string {
  switch (error.kind) {
    case 'not-json':
      return 'The file is not valid JSON.';
    case 'wrong-format':
      return 'The file is not a Plenary workspace file.';
    case 'newer-version':
      return `The file was written by a newer Plenary (workspace file version ${error.version}); update Plenary to open it.`;
    case 'invalid-records':
      return `The file has ${error.total} invalid value(s), e.g. ${error.issues
        .slice(0, 3)
        .map((i) => `${i.path} (${i.message})`)
        .join(', ')}.`;
  }
}
