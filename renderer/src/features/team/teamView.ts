// View-model helpers for the Team screen: file names, record labels and conflict values.
import type { TableName, WorkspaceData } from '@shared/domain/model';
import { TABLE_NAMES, personDisplayName } from '@shared/domain/model';
import type { MergeConflict } from '@shared/merge/merge';

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'someone'
  );
}

/** `plenary-changes-amina-for-kofi-2026-11-28.json` */
export function exchangeFileName(from: string, to: string, at: string): string {
  return `plenary-changes-${slug(from)}-for-${slug(to)}-${at.slice(0, 10)}.json`;
}

/** A readable name for each record of one or more workspaces, by `table/id`. */
export function recordLabels(...workspaces: readonly WorkspaceData[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const data of workspaces) {
    for (const table of TABLE_NAMES) {
      for (const r of data[table] as unknown as Record<string, unknown>[]) {
        const key = `${table}/${String(r.id)}`;
        if (out.has(key)) continue;
        const label =
          table === 'people'
            ? personDisplayName(r as { givenName: string; familyName: string })
            : typeof r.name === 'string'
              ? r.name
              : String(r.id);
        out.set(key, label);
      }
    }
  }
  return out;
}

export type ValueText =
  { kind: 'empty' } | { kind: 'deleted' } | { kind: 'kept' } | { kind: 'text'; text: string };

/** How one side of a conflict reads: a deletion, an empty value, or the value as text. */
export function conflictValue(c: MergeConflict, side: 'mine' | 'theirs'): ValueText {
  const v = c[side];
  if (c.type === 'delete-edit') return v === null ? { kind: 'kept' } : { kind: 'deleted' };
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (Array.isArray(v)) {
    if (v.length === 0) return { kind: 'empty' };
    return {
      kind: 'text',
      text: v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(', '),
    };
  }
  if (typeof v === 'string') return { kind: 'text', text: v };
  return { kind: 'text', text: JSON.stringify(v) };
}

/** The i18n key of a field's label, when the table's form has one. */
export function fieldLabelKey(table: TableName, field: string): string {
  return table === 'people' ? `people.form.${field}` : `${table}.form.${field}`;
}
