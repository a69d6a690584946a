// Privacy and data safety in Chromium: an encrypted export that a wrong passphrase cannot open
// (nothing changes) and the right one restores; erasing a person leaves their name nowhere in
// the UI; the Privacy screen lists a person past their retention date.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, chooseFile, chooseImportFile, formatViolations, openApp } from './harness';

const PASSPHRASE = 'correct horse battery staple';

/** In-app navigation, as a click on a link would do (no reload). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** The People screen's "N of M people" count for a search (an empty search shows all). */
async function peopleCount(page: Page, query = ''): Promise<{ shown: number; total: number }> {
  await go(page, '#/people');
  const search = page.getByRole('searchbox', { name: 'Search people' });
  await search.waitFor({ timeout: 30_000 });
  await search.fill(query);
  const pattern = query ? / of / : /^[\d,]+ people?$/;
  await expect
    .poll(async () => ((await page.locator('.people-count').textContent()) ?? '').trim())
    .toMatch(pattern);
  const text = ((await page.locator('.people-count').textContent()) ?? '').trim();
  const m = /^(?:([\d,]+) of )?([\d,]+) people?$/.exec(text);
  const total = Number(m?.[2]?.replace(/,/g, '') ?? NaN);
  return { shown: m?.[1] === undefined ? total : Number(m[1].replace(/,/g, '')), total };
}

describe('privacy and encryption', () => {
  test('encrypted export, erase, wrong passphrase changes nothing, right one restores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plenary-privacy-e2e-'));
    const app = await openApp({ route: '#/settings' });
    const { page } = app;
    try {
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 30_000 });
      const { total } = await peopleCount(page);
      expect(total).toBeGreaterThan(100);

      // 1. Export an encrypted copy.
      await go(page, '#/settings');
      const exportForm = page.getByRole('form', { name: 'Export an encrypted copy' });
      await exportForm.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await exportForm.getByLabel('Repeat the passphrase').fill('a different one');
      await exportForm.getByRole('button', { name: 'Export encrypted file…' }).click();
      await exportForm.getByText('The two passphrases differ.').waitFor();
      await exportForm.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await exportForm.getByRole('button', { name: 'Export encrypted file…' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.plenc$/);
      const encryptedPath = join(dir, file.suggestedFilename());
      await writeFile(encryptedPath, await readFile(await file.path()));
      expect((await readFile(encryptedPath)).subarray(0, 8).toString('latin1')).toBe('PLNRYENC');

      // 2. Erase the first person without a legal basis; their name is then nowhere.
      await go(page, '#/settings/privacy');
      const noBasis = page.getByRole('list', { name: 'No recorded legal basis' });
      const first = noBasis.getByRole('listitem').first();
      const name = ((await first.getByRole('link').textContent()) ?? '').trim();
      expect(name.length).toBeGreaterThan(3);
      await first.getByRole('button', { name: `Erase ${name}…` }).click();
      const dialog = page.getByRole('dialog', { name: `Erase ${name}?` });
      await dialog
        .getByText('Automatic backups and files exported earlier still contain')
        .waitFor();
      await dialog.getByRole('button', { name: 'Erase for good' }).click();
      await page.getByText('The person was erased.').waitFor();
      expect(await page.content()).not.toContain(name);
      expect((await peopleCount(page, name)).shown).toBe(0);
      expect((await peopleCount(page)).total).toBe(total - 1);
      for (const route of ['#/events', '#/organisations', '#/settings/privacy']) {
        await go(page, route);
        await page.locator('h1').first().waitFor();
        expect(await page.content(), route).not.toContain(name);
      }

      // 3. A person past their retention date is listed for review.
      await go(page, '#/people/new');
      const form = page.getByRole('complementary', { name: 'Person details' });
      await form.getByLabel('Family name').fill('Retentiontest');
      await form.getByLabel('Retain until').fill('2020-01-31');
      await form.getByRole('button', { name: 'Add person' }).click();
      await expect.poll(() => page.url()).not.toMatch(/\/new$/);
      await go(page, '#/settings/privacy');
      const past = page.getByRole('list', { name: 'Past their retention date' });
      await past.getByRole('link', { name: 'Retentiontest' }).waitFor();
      await past.getByText('Retain until 2020-01-31').waitFor();
      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);

      // 4. Reopen the encrypted file: a wrong passphrase says so and changes nothing.
      await go(page, '#/settings');
      const openEncrypted = page.getByRole('button', { name: 'Open encrypted file…' });
      await chooseFile(page, openEncrypted, encryptedPath);
      const openDialog = page.getByRole('dialog', { name: /^Open .*\.plenc\?$/ });
      await openDialog.getByLabel('Passphrase').fill('not the passphrase');
      await openDialog.getByRole('button', { name: 'Decrypt and replace the workspace' }).click();
      await openDialog
        .getByText('The passphrase is not correct. Nothing was changed.')
        .waitFor({ timeout: 60_000 });
      await openDialog.getByRole('button', { name: 'Cancel' }).click();
      expect((await peopleCount(page)).total).toBe(total);
      expect((await peopleCount(page, name)).shown).toBe(0);

      // 5. The right passphrase restores the workspace as it was at export.
      await go(page, '#/settings');
      await chooseFile(page, openEncrypted, encryptedPath);
      const dialog2 = page.getByRole('dialog', { name: /^Open .*\.plenc\?$/ });
      await dialog2.getByLabel('Passphrase').fill(PASSPHRASE);
      await dialog2.getByRole('button', { name: 'Decrypt and replace the workspace' }).click();
      await page.getByText(/^Opened “.*” with \d+ people\.$/).waitFor({ timeout: 60_000 });
      expect((await peopleCount(page)).total).toBe(total);
      expect((await peopleCount(page, name)).shown).toBe(1);
      expect((await peopleCount(page, 'Retentiontest')).shown).toBe(0);

      // The export was logged (form, count), without names.
      await go(page, '#/settings/privacy');
      const log = page.getByRole('table');
      await log.getByRole('cell', { name: 'Workspace file · encrypted' }).waitFor();
      await log.getByRole('cell', { name: 'Full' }).waitFor();
      await log.getByRole('cell', { name: String(total), exact: true }).waitFor();
      expect(app.consoleErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    } finally {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);

  test('browser build: after an import, a reminder offers the workspace-file export, which is logged', async () => {
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    await page.getByRole('table', { name: 'People' }).waitFor({ timeout: 60_000 });
    const dialog = await chooseImportFile(
      page,
      'two.csv',
      'First name,Last name\nReminda,Exportova\nSecond,Remindee',
    );
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
    const finished = page.getByRole('dialog', { name: 'Import finished' });
    await finished.getByRole('button', { name: 'Close', exact: true }).click();

    // The reminder appears wherever the user is, with the export one click away.
    const reminder = page.locator('.toast', { hasText: 'Export a workspace file now' });
    await reminder.waitFor({ timeout: 30_000 });
    const download = page.waitForEvent('download');
    await reminder.getByRole('button', { name: 'Export now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.json$/);

    // Exported: Settings no longer reminds, and the export log has the line.
    await go(page, '#/settings');
    await page.getByRole('button', { name: /^Export workspace file/ }).waitFor();
    expect(await page.getByText('Export a workspace file now').count()).toBe(0);
    await go(page, '#/settings/privacy');
    const log = page.getByRole('table');
    await log.getByRole('cell', { name: 'Workspace file', exact: true }).waitFor();
    await log.getByRole('cell', { name: 'Full' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);
});
