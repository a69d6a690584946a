// The versioned workspace file: every record (tombstones included, so that merges later see
// deletions) with the format name and schema version inside. Exchange files between colleagues
// add a `team` section (optional and additive: older readers ignore it, older files lack it).
import type { WorkspaceData } from './domain/model';

export const WORKSPACE_FILE_FORMAT = 'plenary-workspace';
export const WORKSPACE_FILE_VERSION = 1;

/**
 * What a merge needs beyond the records. `erased`: ids of records erased for good (a person's
 * right to be forgotten) — bare random ids, never names or e-mails — so a colleague's merge
 * erases them too. `writers`: the merge bookkeeping's replica ids with the name people read.
 */
export type TeamSection = {
  erased: string[];
  writers: Record<string, string>;
};

export type WorkspaceFile = {
  format: typeof WORKSPACE_FILE_FORMAT;
  version: typeof WORKSPACE_FILE_VERSION;
  exportedAt: string;
  exportedBy: string;
  workspace: { name: string; createdAt: string };
  data: WorkspaceData;
  team?: TeamSection;
};

export function toWorkspaceFile(
  data: WorkspaceData,
  workspace: { name: string; createdAt: string },
  exportedAt: string,
  exportedBy: string,
  team?: TeamSection,
): WorkspaceFile {
  return {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt,
    exportedBy,
    workspace,
    data,
    ...(team ? { team } : {}),
  };
}

const ID = /^[a-z]{2,5}_[0-9a-f]{8,64}$/;
const MAX_ERASED = 1_000_000;

/**
 * The `team` section of a parsed file's raw JSON. Lenient by design: a missing or malformed
 * section reads as empty (older files have none), and anything that is not a bare record id is
 * dropped, so a file cannot smuggle names into the erased list.
 */
export function readTeamSection(raw: unknown): TeamSection {
  const team = (raw as { team?: unknown } | null)?.team as Record<string, unknown> | undefined;
  const out: TeamSection = { erased: [], writers: {} };
  if (typeof team !== 'object' || team === null) return out;
  if (Array.isArray(team.erased)) {
    const ids = team.erased.filter((x): x is string => typeof x === 'string' && ID.test(x));
    out.erased = [...new Set(ids)].slice(0, MAX_ERASED).sort();
  }
  if (typeof team.writers === 'object' && team.writers !== null) {
    for (const [id, name] of Object.entries(team.writers as Record<string, unknown>)) {
      if (typeof name === 'string' && id.length <= 200) out.writers[id] = name.slice(0, 200);
    }
  }
  return out;
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
