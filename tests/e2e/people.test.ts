// The People screen in Chromium over the demo workspace: the virtualised table, search, filters,
// creating and validating a person, deleting with undo, and keyboard use.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

const countPattern = /^(?:([\d,]+) of )?([\d,]+) people?$/;

/** The "N of M people" count: shown and total. */
async function peopleCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.locator('.people-count').textContent())?.trim() ?? '';
  const m = countPattern.exec(text);
  if (!m) throw new Error(`unexpected count "${text}"`);
  const total = Number(m[2]?.replace(/,/g, ''));
  return { shown: m[1] === undefined ? total : Number(m[1].replace(/,/g, '')), total };
}

const bodyRows = (page: Page) => page.locator('.people-table__body [role="row"]');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Person details' });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search people' });

async function openPeople(route = '#/people') {
  const app = await openApp({ route });
  await app.page.getByRole('table', { name: 'People' }).waitFor({ timeout: 30_000 });
  await expect.poll(async () => (await peopleCount(app.page)).total).toBeGreaterThan(0);
  return app;
}

describe('people table', () => {
  test('shows the demo people, virtualised, and search narrows them', async () => {
    const app = await openPeople();
    const { page } = app;
    const { total, shown } = await peopleCount(page);
    expect(total).toBeGreaterThanOrEqual(250);
    expect(total).toBeLessThanOrEqual(350);
    expect(shown).toBe(total);

    // Only the rows in view (and a few either side) are in the DOM.
    const domRows = await bodyRows(page).count();
    expect(domRows).toBeGreaterThan(5);
    expect(domRows).toBeLessThan(60);
    expect(await page.getByRole('table', { name: 'People' }).getAttribute('aria-rowcount')).toBe(
      String(total + 1),
    );

    const firstName =
      (await bodyRows(page).first().locator('.people-cell__name').textContent()) ?? '';
    const familyName = firstName.split(' ').at(-1) ?? '';
    await search(page).fill(familyName.toUpperCase());
    await expect.poll(async () => (await peopleCount(page)).shown).toBeLessThan(total);
    const narrowed = await peopleCount(page);
    expect(narrowed.shown).toBeGreaterThan(0);
    expect(await page.locator('.people-count').textContent()).toMatch(/ of /);
    expect(await bodyRows(page).count()).toBe(narrowed.shown);

    await search(page).fill('zzzz-no-such-person');
    await page.getByRole('heading', { name: 'No one matches' }).waitFor();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect.poll(async () => (await peopleCount(page)).shown).toBe(total);
    expect(app.consoleErrors).toEqual([]);
  });

  test('sorts by a column header, filters by gender, and clears the filters', async () => {
    const app = await openPeople();
    const { page } = app;
    const header = page.getByRole('columnheader', { name: 'Participations' });
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe(
      'none',
    );
    const counts = await bodyRows(page)
      .locator('.c-participations')
      .evaluateAll((cells) => cells.slice(0, 10).map((c) => Number(c.textContent)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const { total } = await peopleCount(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Gender' }).click();
    await page.getByRole('option', { name: 'Woman', exact: true }).click();
    await expect.poll(async () => (await peopleCount(page)).shown).toBeLessThan(total);
    const genders = await bodyRows(page)
      .locator('.c-gender')
      .evaluateAll((cells) => [...new Set(cells.map((c) => c.textContent))]);
    expect(genders).toEqual(['Woman']);
    expect(await page.getByRole('button', { name: /Filters/ }).textContent()).toContain('1');

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(async () => (await peopleCount(page)).shown).toBe(total);
  });

  test('filters by event (the participations are read for it) and clears it again', async () => {
    const app = await openPeople();
    const { page } = app;
    const { total } = await peopleCount(page);
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    const event = filters.getByLabel('Event', { exact: true });
    // The first event after "Any event": a process, so its events' and sessions' people count.
    const firstEvent = await event.locator('option').nth(1).getAttribute('value');
    await event.selectOption(firstEvent ?? '');
    await expect.poll(async () => (await peopleCount(page)).shown).toBeLessThan(total);
    expect((await peopleCount(page)).shown).toBeGreaterThan(0);
    // Everyone the filter keeps takes part in something.
    const counts = await bodyRows(page)
      .locator('.c-participations')
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 0)).toBe(true);
    await event.selectOption('');
    await expect.poll(async () => (await peopleCount(page)).shown).toBe(total);
    expect(app.consoleErrors).toEqual([]);
  });

  test('rows are reachable with the keyboard: arrows move, Enter opens', async () => {
    const app = await openPeople();
    const { page } = app;
    await search(page).focus();
    await page.keyboard.press('Tab'); // Filters
    await page.keyboard.press('Tab'); // the first column header's sort button … eight of them
    for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'));
    expect(await focused()).toBe('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('4');
    const name = await page.locator('.people-row:focus .people-cell__name').textContent();
    await page.keyboard.press('Enter');
    await panel(page)
      .getByRole('heading', { level: 2, name: name ?? '' })
      .waitFor();
    expect(page.url()).toMatch(/#\/people\/per_[0-9a-f]{32}$/);
    expect(
      await page.locator('[role="row"][aria-selected="true"] .people-cell__name').textContent(),
    ).toBe(name);

    // End jumps to the last person, far outside the first screen.
    await page.locator('.people-row:focus').press('End');
    const { total } = await peopleCount(page);
    expect(await focused()).toBe(String(total + 1));
    expect(await bodyRows(page).count()).toBeLessThan(60);

    // Escape closes the panel (nothing edited) and the table keeps the focus.
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/#\/people$/);
  });
});

describe('person form', () => {
  test('creates a person with two nationalities, who is still there after a restart', async () => {
    const app = await openPeople();
    const { page } = app;
    const { total } = await peopleCount(page);
    await page.getByRole('button', { name: 'New person' }).click();
    const form = panel(page);
    await form.getByRole('heading', { name: 'New person' }).waitFor();
    await form.getByLabel('Given name').fill('Wanjiru');
    await form.getByLabel('Family name').fill('Kamau-Dubois');
    await form.getByLabel('Gender').selectOption('woman');
    const nationalities = form.getByRole('combobox', { name: 'Nationalities' });
    await nationalities.fill('Kenya');
    await nationalities.press('Enter');
    await nationalities.fill('France');
    await nationalities.press('Enter');
    await form.getByLabel('E-mail').fill('wanjiru@example.org');
    await form.getByLabel('Expertise and themes').fill('housing, informal settlements,');
    await form.getByRole('button', { name: 'Add person' }).click();

    await form.getByRole('heading', { level: 2, name: 'Wanjiru Kamau-Dubois' }).waitFor();
    expect(page.url()).toMatch(/#\/people\/per_[0-9a-f]{32}$/);
    await expect.poll(async () => (await peopleCount(page)).total).toBe(total + 1);

    const again = await app.restart();
    const p = again.page;
    const reopened = panel(p);
    await reopened.getByRole('heading', { level: 2, name: 'Wanjiru Kamau-Dubois' }).waitFor({
      timeout: 30_000,
    });
    const chips = await reopened
      .getByRole('list', { name: 'Selected' })
      .first()
      .locator('li')
      .allTextContents();
    expect(chips.map((c) => c.replace('×', ''))).toEqual(['Kenya', 'France']);
    await search(p).fill('wanjiru kamau-dubois');
    await expect.poll(async () => (await peopleCount(p)).shown).toBe(1);
    const row = bodyRows(p).first();
    expect(await row.locator('.c-nationality').textContent()).toBe('Kenya, France');
    const violations = await axeCheck(p);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(again.consoleErrors).toEqual([]);
  });

  test('an invalid e-mail is reported next to the field and nothing is saved', async () => {
    const app = await openPeople('#/people/new');
    const { page } = app;
    const { total } = await peopleCount(page);
    const form = panel(page);
    await form.getByLabel('Family name').fill('Invalid-Mail');
    const email = form.getByLabel('E-mail');
    await email.fill('not-an-email');
    await form.getByRole('button', { name: 'Add person' }).click();

    await form.getByText('Enter a valid e-mail address').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(
      'Enter a valid e-mail address',
    );
    await form.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor();
    expect(page.url()).toMatch(/#\/people\/new$/);
    expect((await peopleCount(page)).total).toBe(total);

    // Fixing the field clears its error; an empty family name is caught too.
    await email.fill('ok@example.org');
    await form.getByText('Enter a valid e-mail address').waitFor({ state: 'detached' });
    await form.getByLabel('Family name').fill('  ');
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.getByText('This field is required.').waitFor();
    expect((await peopleCount(page)).total).toBe(total);
    const violations = await axeCheck(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  test('deleting a person removes their participations; Ctrl+Z brings both back', async () => {
    const app = await openPeople();
    const { page } = app;
    const { total } = await peopleCount(page);
    // The person with the most participations comes first.
    const header = page.getByRole('columnheader', { name: 'Participations' }).getByRole('button');
    await header.click();
    await header.click();
    await bodyRows(page).first().click();
    const form = panel(page);
    const participations = form.getByRole('list', { name: 'Participations' }).locator('li');
    // The panel says "Person details — Loading…" until the person's relationships are read;
    // the heading is the person's name only once the form is there.
    await participations.first().waitFor();
    const name = (await form.getByRole('heading', { level: 2 }).textContent()) ?? '';
    const before = await participations.allTextContents();
    expect(before.length).toBeGreaterThan(0);

    await form.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
    await dialog.waitFor();
    const message = (await dialog.textContent()) ?? '';
    expect(message).toContain(`Their ${before.length} participation`);
    expect(message).toContain('You can undo this.');
    await dialog.getByRole('button', { name: 'Delete person' }).click();

    await form.waitFor({ state: 'detached' });
    await page.getByText('Person deleted').waitFor();
    await expect.poll(async () => (await peopleCount(page)).total).toBe(total - 1);
    expect(
      await bodyRows(page).locator('.people-cell__name').filter({ hasText: name }).count(),
    ).toBe(0);

    // Undo from the keyboard, with the focus outside any text field.
    await page.getByRole('heading', { level: 1, name: 'People' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await peopleCount(page)).total).toBe(total);
    // The table's count follows the undo (counted again after the participations came back).
    const row = bodyRows(page).filter({
      has: page.locator('.people-cell__name').filter({ hasText: name }),
    });
    await expect
      .poll(() => row.first().locator('.c-participations').textContent())
      .toBe(String(before.length));
    await row.first().locator('.people-cell__name').click();
    await form.getByRole('heading', { level: 2, name }).waitFor();
    await expect.poll(() => participations.allTextContents()).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('empty workspace', () => {
  test('invites to add the first person', async () => {
    const app = await openApp({ route: '#/settings' });
    const { page } = app;
    await page.getByRole('button', { name: 'New empty workspace…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new empty workspace?' });
    await dialog.getByLabel('Name of the new workspace').fill('Empty test');
    await dialog.getByRole('button', { name: 'Remove everything and start empty' }).click();
    await page.getByText('Workspace: Empty test').waitFor();
    await app.goto('#/people');
    await page.getByRole('heading', { name: 'No people yet' }).waitFor();
    await page.getByRole('button', { name: 'Add the first person' }).click();
    await panel(page).getByRole('heading', { name: 'New person' }).waitFor();
    expect(page.url()).toMatch(/#\/people\/new$/);
  });
});
