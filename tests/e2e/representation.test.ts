// The Representation screen in Chromium over the demo workspace: panel checks find the planted
// all-male podium, an event and a dimension give counts, and a new target is flagged as missed
// with what it would take.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { ALL_MALE_PODIUM } from '@shared/demo';
import { axeCheck, formatViolations, openApp } from './harness';

const AFRICA = 'Regional Consultation for Africa';

describe('representation', () => {
  test('scope, dimension, counts, a missed target, panel checks; accessible, offline', async () => {
    const app = await openApp({ route: '#/representation' });
    const { page } = app;
    try {
      await page
        .getByRole('heading', { name: 'Representation', level: 1 })
        .waitFor({ timeout: 30_000 });

      // Whole workspace: the panel checks list the all-male podium, with a link to it.
      const panels = page.getByRole('region', { name: 'Panel checks' });
      const podium = panels.getByRole('link', { name: new RegExp(`Podium 4: ${ALL_MALE_PODIUM}`) });
      await podium.waitFor();
      expect(await podium.getAttribute('href')).toMatch(/^#\/events\/evt_/);
      await panels.getByText('All-male line-up').first().waitFor();

      // Pick an event and a dimension: the counts follow.
      const scope = page.getByRole('combobox', { name: 'Scope' });
      await scope.fill('Regional Consultation for Af');
      await page.getByRole('option', { name: new RegExp(AFRICA) }).click();
      await page.getByRole('combobox', { name: 'Dimension' }).selectOption('stakeholder-group');
      const counts = page.getByRole('region', { name: 'Counts and shares' });
      const table = counts.getByRole('table');
      await table.getByRole('rowheader', { name: 'Local and regional government' }).waitFor();
      const total = Number(await table.locator('tfoot td').first().textContent());
      expect(total).toBeGreaterThan(20);
      expect(total).toBeLessThan(60);
      await counts.getByRole('img').waitFor();
      expect(await counts.getByRole('img').getAttribute('aria-label')).toContain(`${total} people`);

      // A gender target that the consultation cannot meet: flagged missed, with what it takes.
      await page.getByRole('combobox', { name: 'Dimension' }).selectOption('gender');
      const targets = page.getByRole('region', { name: 'Targets' });
      await targets.getByRole('button', { name: 'New target' }).click();
      const form = targets.getByRole('form', { name: 'Target' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('Nine in ten women');
      await form.getByRole('combobox', { name: 'Category' }).selectOption('woman');
      await form.getByRole('textbox', { name: 'Minimum' }).fill('150');
      await form.getByRole('button', { name: 'Save' }).click();
      // Bad input is refused with a message and nothing is saved.
      await form.getByText('Enter a percentage between 0 and 100.').waitFor();
      await form.getByRole('textbox', { name: 'Minimum' }).fill('90');
      await form.getByRole('button', { name: 'Save' }).click();
      const item = targets.getByRole('listitem').filter({ hasText: 'Nine in ten women' });
      await item.waitFor();
      await item.getByText('Missed').first().waitFor();
      const gap = (await item.getByText(/^Needs \d+ more: Woman$/).textContent()) ?? '';
      expect(Number(/\d+/.exec(gap)?.[0])).toBeGreaterThan(5);
      await counts.getByText(/Needs \d+ more: Woman/).waitFor();

      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('conference facts: tables, map, suppression note, Markdown and PDF export', async () => {
    const app = await openApp({ route: '#/representation' });
    const { page } = app;
    try {
      await page
        .getByRole('heading', { name: 'Representation', level: 1 })
        .waitFor({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Conference facts' }).click();
      const report = page.getByRole('article', {
        name: /^Conference facts: International Conference/,
      });
      await report.waitFor();
      await report.getByRole('img', { name: /World map/ }).waitFor();
      await report.getByRole('rowheader', { name: 'Total' }).first().waitFor();
      await report.getByText(/Podium 4: Maintaining: All-male line-up/).waitFor();

      // Suppression: the note shows and small counts turn into "<5".
      await page.getByRole('checkbox', { name: 'Suppress small cells' }).check();
      await report.getByText(/Counts below 5 are shown as/).waitFor();
      expect(await report.getByRole('cell', { name: '<5' }).count()).toBeGreaterThan(0);

      // Markdown export carries the same suppressed tables.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Markdown' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^conference-facts-international-conference.*\.md$/);
      const markdown = await readFile(await file.path(), 'utf8');
      expect(markdown).toContain('# Conference facts: International Conference');
      expect(markdown).toContain('<5');

      // The printed page (what "Save as PDF" produces) is the report alone.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
      expect(await report.isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });

      await app.screenshot('/tmp/rep/facts.png', { fullPage: true });
      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
