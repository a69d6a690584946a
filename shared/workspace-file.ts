// The versioned workspace file: every record (tombstones included, so that merges later see
// deletions) with the format name and schema version inside.
import type { WorkspaceData } from './domain/model';

export const WORKSPACE_FILE_FORMAT = 'plenary-workspace';
export const WORKSPACE_FILE_VERSION = 1;

export type WorkspaceFile = {
  format: typeof WORKSPACE_FILE_FORMAT;
  version: typeof WORKSPACE_FILE_VERSION;
  exportedAt: string;
  exportedBy: string;
  workspace: { name: string; createdAt: string };
  data: WorkspaceData;
};

export function toWorkspaceFile(
  data: WorkspaceData,
  workspace: { name: string; createdAt: string },
  exportedAt: string,
  exportedBy: string,
): WorkspaceFile {
  return {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt,
    exportedBy,
    workspace,
    data,
  };
}

/** A file name such as `plenary-my-consultation-2026-11-28.json`. */
export function workspaceFileName(name: string, date: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `plenary-${slug || 'workspace'}-${date.slice(0, 10)}.json`;
}
