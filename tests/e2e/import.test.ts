// Import and export in Chromium: a CSV imported through the wizard with a manual mapping and a
// merged duplicate; then the workspace file exported and opened again.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

const CSV = [
  "Prénom;Nom;Courriel;Pays d'origine;Genre",
  'Zanele;Mokoenaxx;zanele@example.org;Afrique du Sud;Femme',
  'Zanele;MOKOENAXX;;ZA;F',
  'Tupac;Quispe-Zzyzx;tupac@example.org;Peru;Homme',
].join('\r\n');

describe('import wizard', () => {
  test('imports a CSV with a mapping, merges a duplicate, and the people appear', async () => {
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import people from a file' });
    await dialog.waitFor();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose a file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'participants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });

    // "Pays d'origine" is not recognised: map it by hand.
    const origin = dialog.getByRole('combobox', { name: "Plenary field: Pays d'origine" });
    await origin.waitFor();
    expect(await origin.inputValue()).toBe('');
    expect(
      await dialog.getByRole('combobox', { name: 'Plenary field: Courriel' }).inputValue(),
    ).toBe('email');
    await origin.selectOption('nationality');
    {
      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    }
    await dialog.getByRole('button', { name: 'Next' }).click();

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

    await page
      .getByRole('dialog', { name: 'Import finished' })
      .getByText('2 added, 0 updated, 1 merged, 0 skipped.')
      .waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search people' }).fill('Mokoenaxx');
    await expect.poll(() => page.locator('.people-table__body [role="row"]').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search people' }).fill('Zzyzx');
    await expect.poll(() => page.locator('.people-table__body [role="row"]').count()).toBe(1);
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
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open workspace file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'ws.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    const confirm = page.getByRole('dialog', { name: 'Replace the workspace?' });
    await confirm.getByText(`holds ${people} people`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Replace' }).click();
    await page.getByText(/^Opened /).waitFor();

    // A file that is not a workspace is refused with a clear message and changes nothing.
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open workspace file…' }).click();
    await (
      await chooser2
    ).setFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await page.getByRole('alert').getByText('The file is not a Plenary workspace file.').waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
