// Import and export in Chromium: a CSV imported through the wizard with a manual mapping saved
// and loaded back, a value fixed in the preview grid and a merged duplicate, the report in the
// import history; a multi-thousand-row file through the worker; then the workspace file exported
// and opened again.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { axeCheck, chooseFile, chooseImportFile, formatViolations, openApp } from './harness';

const CSV = [
  "Prénom;Nom;Courriel;Pays d'origine;Genre",
  'Zanele;Mokoenaxx;zanele@example.org;Afrique du Sud;Femme',
  'Zanele;MOKOENAXX;;ZA;F',
  'Tupac;Quispe-Zzyzx;tupac@example.org;Peru;Homme',
].join('\r\n');

describe('import wizard', () => {
  test(
    'imports a CSV with a mapping, merges a duplicate, and the people appear',
    { timeout: 240_000 },
    async () => {
      const app = await openApp({ route: '#/people' });
      const { page } = app;
      await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });

      const dialog = await chooseImportFile(page, 'participants.csv', CSV);

      // "Pays d'origine" is not recognised: map it by hand.
      const origin = dialog.getByRole('combobox', { name: "Plenary field: Pays d'origine" });
      await origin.waitFor();
      expect(await origin.inputValue()).toBe('');
      expect(
        await dialog.getByRole('combobox', { name: 'Plenary field: Courriel' }).inputValue(),
      ).toBe('email');
      await origin.selectOption('nationality');
      // Save the mapping in the workspace, to load it back on the next import.
      await dialog.getByRole('textbox', { name: 'Save this mapping as' }).fill('Forum form');
      await dialog.getByRole('button', { name: 'Save mapping' }).click();
      await dialog.getByText('Saved the mapping “Forum form” in this workspace.').waitFor();
      {
        const violations = await axeCheck(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      }
      await dialog.getByRole('button', { name: 'Next' }).click();

      // The preview grid: values as they will be imported, with the file's value where it changed.
      const grid = dialog.getByRole('table', {
        name: 'Preview of the rows as they will be imported',
      });
      await grid.waitFor();
      const zanele = grid.getByRole('row').filter({ hasText: 'zanele@example.org' });
      await zanele.getByText('in the file: Afrique du Sud').waitFor();
      await zanele.getByText('in the file: Femme').waitFor();
      // Any value can be fixed, not only those with a problem: Tupac's e-mail, which was fine.
      await grid.getByRole('button', { name: 'Edit row 4, Courriel' }).click();
      const cell = grid.getByRole('textbox', { name: 'Row 4, Courriel' });
      await cell.fill('t.quispe@example.org');
      await cell.press('Enter');
      await grid.getByText('t.quispe@example.org').waitFor();
      {
        const violations = await axeCheck(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      }

      await dialog.getByRole('heading', { name: 'Possible duplicates' }).waitFor();
      await expect
        .poll(() => dialog.getByText('Row 3 may be the same person as row 2 of this file.').count())
        .toBe(1);
      await dialog.getByRole('button', { name: 'Merge' }).click();
      await dialog.getByText('Will be merged').waitFor();
      {
        const violations = await axeCheck(page);
        expect(violations, formatViolations(violations)).toEqual([]);
      }
      await dialog.getByRole('button', { name: 'Import 3 rows' }).click();

      const finished = page.getByRole('dialog', { name: 'Import finished' });
      await finished.getByText('2 added, 0 updated, 1 merged, 0 skipped.').waitFor();
      // The report stays in the workspace's import history.
      const history = finished.getByRole('table', { name: 'Import history' });
      await history.getByRole('cell', { name: 'participants.csv' }).waitFor();
      await finished.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('searchbox', { name: 'Search people' }).fill('Mokoenaxx');
      await expect.poll(() => page.locator('.people-table__body [role="row"]').count()).toBe(1);
      await page.getByRole('searchbox', { name: 'Search people' }).fill('Zzyzx');
      await expect.poll(() => page.locator('.people-table__body [role="row"]').count()).toBe(1);

      // The next import: the history is there from the first step, the saved mapping can be
      // chosen from the list (it maps the column the proposal does not know), and deleted.
      await page.getByRole('button', { name: 'Import…' }).click();
      const again = page.getByRole('dialog', { name: 'Import people from a file' });
      await again
        .getByRole('table', { name: 'Import history' })
        .getByRole('cell', { name: 'participants.csv' })
        .waitFor();
      await chooseImportFile(page, 'more.csv', CSV);
      const origin2 = again.getByRole('combobox', { name: "Plenary field: Pays d'origine" });
      await origin2.waitFor();
      expect(await origin2.inputValue()).toBe('');
      await again.getByRole('combobox', { name: 'Saved mappings' }).selectOption('Forum form');
      expect(await origin2.inputValue()).toBe('nationality');
      await again.getByRole('button', { name: 'Delete saved mapping' }).click();
      await again.getByText('Deleted the mapping “Forum form”.').waitFor();
      await expect
        .poll(() => again.getByRole('combobox', { name: 'Saved mappings' }).isDisabled())
        .toBe(true);
      await again.getByRole('button', { name: 'Cancel' }).click();
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    },
  );

  test('imports a multi-thousand-row file through the worker', { timeout: 900_000 }, async () => {
    // PLENARY_E2E_IMPORT_ROWS=50000 measures the large case by hand (the time is printed).
    const count = Number(process.env.PLENARY_E2E_IMPORT_ROWS ?? 3000);
    const lines = ['Name,E-mail,Nationality,Gender'];
    for (let i = 0; i < count; i++)
      lines.push(`Bulkperson${i} Quorra${i},bulk${i}@example.org,Kenyan,F`);
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });
    const started = Date.now();
    const dialog = await chooseImportFile(page, 'bulk.csv', lines.join('\n'));
    await dialog.getByRole('button', { name: 'Next' }).click({ timeout: 120_000 });
    const confirm = dialog.getByRole('button', { name: `Import ${count} rows` });
    await confirm.waitFor({ timeout: 300_000 });
    await dialog.getByText(`Showing 20 of ${count} rows.`).waitFor();
    await confirm.click();
    const finished = page.getByRole('dialog', { name: 'Import finished' });
    await finished
      .getByText(`${count} added, 0 updated, 0 merged, 0 skipped.`)
      .waitFor({ timeout: 600_000 });
    if (process.env.PLENARY_E2E_IMPORT_ROWS)
      process.stderr.write(`UI import of ${count} rows: ${Date.now() - started} ms\n`);
    await finished.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Quorra');
    await page
      .getByText(`${count.toLocaleString('en')} of`, { exact: false })
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByRole('searchbox', { name: 'Search people' }).fill(`Quorra${count - 1}`);
    await expect.poll(() => page.locator('.people-table__body [role="row"]').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  test('lists problems and possible duplicates a page at a time', async () => {
    // Every person twice (a duplicate within the file) with a nationality no one has.
    const lines = ['Name,E-mail,Nationality'];
    for (let i = 0; i < 30; i++)
      for (let k = 0; k < 2; k++)
        lines.push(`Pagedperson${i} Twice${i},paged${i}@example.org,Atlantis`);
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });
    const dialog = await chooseImportFile(page, 'paged.csv', lines.join('\n'));
    await dialog.getByRole('button', { name: 'Next' }).click({ timeout: 120_000 });
    await dialog.getByText('Showing 20 of 60 problems.').waitFor({ timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Show 20 more problems' }).click();
    await dialog.getByText('Showing 40 of 60 problems.').waitFor();
    await dialog.getByRole('button', { name: 'Show 20 more problems' }).click();
    // All shown: the count and the button go.
    await expect.poll(() => dialog.getByText(/of 60 problems/).count()).toBe(0);

    const duplicates = dialog.locator('section.transfer-duplicate');
    expect(await duplicates.count()).toBe(20);
    const status = await dialog
      .getByText(/^Showing 20 of \d+ possible duplicates\.$/)
      .textContent();
    const total = Number(/of (\d+)/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThanOrEqual(30);
    await dialog.getByRole('button', { name: /^Show \d+ more possible duplicates$/ }).click();
    await expect.poll(() => duplicates.count()).toBe(Math.min(40, total));
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  test('exports the workspace file and opens it again', async () => {
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'Workspace file (.json)' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const path = await (await download).path();
    const text = readFileSync(path, 'utf8');
    const file = JSON.parse(text) as { format: string; data: { people: unknown[] } };
    expect(file.format).toBe('plenary-workspace');
    const people = file.data.people.length;

    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    const openWorkspace = page.getByRole('button', { name: 'Open workspace file…' });
    await chooseFile(page, openWorkspace, { name: 'ws.json', text });
    const confirm = page.getByRole('dialog', { name: 'Replace the workspace?' });
    await confirm.getByText(`holds ${people} people`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Replace' }).click();
    await page.getByText(/^Opened /).waitFor();

    // A file that is not a workspace is refused with a clear message and changes nothing.
    await chooseFile(page, openWorkspace, { name: 'x.json', text: '{"hello": 1}' });
    await page.getByRole('alert').getByText('The file is not a Plenary workspace file.').waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
