// A 50,000-row file, generated here, parses, maps and normalises completely (speed is measured
// by `npm run bench`, not asserted here).
import { describe, expect, it } from 'vitest';
import { emptyWorkspaceData } from '../../../../shared/domain/model';
import { buildImport, prepareRows, proposeMapping, readTableFile } from '../../../../shared/import';

describe('a 50,000-row participant list', () => {
  it('imports every row', { timeout: 120_000 }, async () => {
    const nats = ['Kenya', 'NA', 'Brazilian', 'Viet Nam', 'Kenyan/German', 'FRA'];
    const lines = ['First name;Last name;Gender;Nationality;Organisation;E-mail'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(
        `Given${i};Family${i};${i % 2 ? 'F' : 'Homme'};${nats[i % nats.length]};Org ${i % 500};p${i}@example.org`,
      );
    }
    const read = await readTableFile(new TextEncoder().encode(lines.join('\r\n')));
    if (!read.ok) throw new Error(read.error.kind);
    const table = read.value.sheets[0]!.table;
    expect(table.rows).toHaveLength(50_000);
    const rows = prepareRows(table, proposeMapping(table.headers), emptyWorkspaceData());
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    expect(rows[49_999]!.person).toMatchObject({
      familyName: 'Family49999',
      gender: 'woman',
      nationalities: ['NA'],
    });
    const { ops, report } = buildImport(
      rows,
      { skip: new Set(), merges: new Map(), eventId: null },
      emptyWorkspaceData(),
    );
    expect(report).toEqual({ added: 50_000, updated: 0, skipped: 0, merged: 0 });
    expect(ops.organisations).toHaveLength(500);
  });
});
