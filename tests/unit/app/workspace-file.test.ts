import { describe, expect, it } from 'vitest';
import { toWorkspaceFile, workspaceFileName, WORKSPACE_FILE_VERSION } from '@shared/workspace-file';
import { emptyWorkspaceData } from '@shared/domain/model';
import { formatBytes } from '../../../renderer/src/features/settings/storageInfo';

describe('workspace file', () => {
  it('carries its format and schema version', () => {
    const file = toWorkspaceFile(emptyWorkspaceData(), { name: 'x', createdAt: 'c' }, 'now', 'me');
    expect(file).toMatchObject({ format: 'plenary-workspace', version: WORKSPACE_FILE_VERSION, exportedBy: 'me' });
  });

  it.each([
    ['Smart cities guidelines (demo)', 'plenary-smart-cities-guidelines-demo-2026-11-28.json'],
    ['Consultation régionale — Dakar', 'plenary-consultation-regionale-dakar-2026-11-28.json'],
    ['الاستشارة', 'plenary-workspace-2026-11-28.json'],
    ['', 'plenary-workspace-2026-11-28.json'],
  ])('names the file for %j', (name, expected) => {
    expect(workspaceFileName(name, '2026-11-28T10:00:00.000Z')).toBe(expected);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 byte'],
    [1536, '1.5 kB'],
    [200 * 1024 * 1024, '200 MB'],
  ])('%d bytes', (n, expected) => {
    expect(formatBytes(n)).toBe(expected);
  });
});
