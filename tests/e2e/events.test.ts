// The Events and Organisations screens in Chromium over the demo workspace: the event tree, an
// event's participants (inline status change, the funnel, adding people), deleting a session with
// undo, and creating an organisation that survives a restart.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

const PROCESS = /^International Guidelines on People-Centred Smart Cities/;
const CONFERENCE = /^International Conference on People-Centred Smart Cities/;
const PODIUM = /^Podium 1: Collaborating/;

const panel = (page: Page, name: string) => page.getByRole('complementary', { name });
const funnelCount = async (page: Page, status: string) =>
  Number(await page.locator(`.funnel__step--${status} .funnel__count`).textContent());

async function expand(page: Page, name: RegExp) {
  const item = page.getByRole('treeitem', { name });
  if ((await item.getAttribute('aria-expanded')) !== 'true') {
    await item.focus();
    await page.keyboard.press('ArrowRight');
  }
  await expect.poll(() => item.getAttribute('aria-expanded')).toBe('true');
}

describe('events', () => {
  test('tree → session participants → status, add people, delete a session and undo', async () => {
    const app = await openApp({ route: '#/events' });
    const { page } = app;
    await page
      .getByRole('tree', { name: 'Processes, events and sessions' })
      .waitFor({ timeout: 30_000 });

    await expand(page, PROCESS);
    await expand(page, CONFERENCE);
    const podiumItem = page.getByRole('treeitem', { name: PODIUM });
    await podiumItem.click();
    const details = panel(page, 'Event details');
    await details.getByRole('heading', { name: 'Podium 1: Collaborating' }).waitFor();
    expect(await podiumItem.getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toMatch(/#\/events\/evt_[0-9a-f]{32}$/);

    // Participants with their roles; the speakers are there.
    const table = details.getByRole('table', { name: /Participants of Podium 1/ });
    await table.waitFor();
    const roles = await table
      .getByRole('combobox', { name: /^Role of / })
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(roles.length).toBeGreaterThan(2);
    expect(roles.some((r) => ['speaker', 'panelist', 'moderator', 'keynote'].includes(r))).toBe(
      true,
    );

    // Changing one status moves one person along the funnel.
    const statuses = table.getByRole('combobox', { name: /^Status of / });
    const values = await statuses.evaluateAll((els) =>
      els.map((e) => (e as HTMLSelectElement).value),
    );
    const index = values.findIndex((v) => v !== 'confirmed');
    expect(index).toBeGreaterThanOrEqual(0);
    const from = values[index] ?? '';
    const confirmedBefore = await funnelCount(page, 'confirmed');
    const fromBefore = await funnelCount(page, from);
    await statuses.nth(index).selectOption('confirmed');
    await expect.poll(() => funnelCount(page, 'confirmed')).toBe(confirmedBefore + 1);
    expect(await funnelCount(page, from)).toBe(fromBefore - 1);

    // Add someone through the picker.
    const rowsBefore = await table.locator('tbody tr').count();
    await details.getByRole('button', { name: 'Add people' }).click();
    const picker = details.getByRole('combobox', { name: 'People' });
    await picker.fill('a');
    const option = page.getByRole('option').first();
    const label = ((await option.locator('span').first().textContent()) ?? '').trim();
    expect(label).not.toBe('');
    await picker.press('Enter');
    await details.getByRole('list', { name: 'Selected' }).getByText(label).waitFor();
    const addForm = details.getByRole('form', { name: /^Add people to/ });
    await addForm.getByRole('combobox', { name: 'Role' }).selectOption('speaker');
    await addForm.getByRole('button', { name: 'Add 1 person' }).click();
    await table.getByRole('link', { name: label, exact: true }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(rowsBefore + 1);

    // Removing them again is one click, and the toast's Undo brings them back.
    await table
      .getByRole('button', { name: `Remove ${label} from Podium 1: Collaborating` })
      .click();
    await expect.poll(() => table.getByRole('link', { name: label, exact: true }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).last().click();
    await table.getByRole('link', { name: label, exact: true }).waitFor();

    const violations = await axeCheck(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    // Delete the session: the dialog says what goes with it; then it is gone from the tree.
    await details.getByRole('button', { name: 'Delete “Podium 1: Collaborating”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Podium 1: Collaborating”?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(
      /This removes \d+ participations\..*You can undo this\./,
    );
    await dialog.getByRole('button', { name: 'Delete session' }).click();
    await expect.poll(() => podiumItem.count()).toBe(0);
    await details.getByRole('heading', { name: CONFERENCE }).waitFor();

    // Ctrl+Z (focus outside text fields) brings it back, with its participants.
    await page.getByRole('treeitem', { name: CONFERENCE }).focus();
    await page.keyboard.press('Control+z');
    await podiumItem.waitFor();
    await podiumItem.click();
    await table.getByRole('link', { name: label, exact: true }).waitFor();

    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  test('a new session under an event: kinds fit the level, and end before start is refused', async () => {
    const app = await openApp({ route: '#/events' });
    const { page } = app;
    await page.getByRole('tree').waitFor({ timeout: 30_000 });
    await expand(page, PROCESS);
    await page.getByRole('treeitem', { name: CONFERENCE }).click();
    await page.getByRole('button', { name: 'Add session' }).click();
    const form = panel(page, 'Event details');
    await form.getByRole('heading', { name: /^New session in/ }).waitFor();
    const kinds = await form
      .getByRole('combobox', { name: 'Kind' })
      .locator('option')
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(kinds).toEqual([
      'podium',
      'breakout-room',
      'panel',
      'plenary',
      'keynote-session',
      'other-session',
    ]);

    await form.getByRole('textbox', { name: 'Name' }).fill('Closing plenary');
    await form.getByRole('combobox', { name: 'Kind' }).selectOption('plenary');
    await form.getByLabel('Start date').fill('2026-12-11');
    await form.getByLabel('End date').fill('2026-12-10');
    await form.getByText('The end date is before the start date.').waitFor();
    await form.getByLabel('End date').fill('2026-12-11');
    await form.getByRole('button', { name: 'Create' }).click();
    await form.getByRole('heading', { name: 'Closing plenary' }).waitFor();
    await page.getByRole('treeitem', { name: /^Closing plenary/ }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('organisations', () => {
  test('create an organisation, find it after a restart, delete it and undo', async () => {
    let app = await openApp({ route: '#/organisations' });
    let { page } = app;
    await page.getByRole('table', { name: 'Organisations' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const form = panel(page, 'Organisation details');
    await form.getByRole('heading', { name: 'New organisation' }).waitFor();

    // The name is required, and says so next to the field.
    await form.getByRole('button', { name: 'Create organisation' }).click();
    await form.getByText('This field is required.').waitFor();
    expect(await form.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe(
      'true',
    );

    await form.getByRole('textbox', { name: 'Name' }).fill('Institute for Plenary Testing');
    await form.getByRole('textbox', { name: 'Acronym' }).fill('IPT');
    await form.getByRole('combobox', { name: 'Type' }).selectOption('academia');
    const country = form.getByRole('combobox', { name: 'Country' });
    await country.fill('Kenya');
    await country.press('Enter');
    await form.getByRole('button', { name: 'Create organisation' }).click();
    await form.getByRole('heading', { name: 'Institute for Plenary Testing' }).waitFor();
    expect(page.url()).toMatch(/#\/organisations\/org_[0-9a-f]{32}$/);

    app = await app.restart({ route: '#/organisations' });
    page = app.page;
    await page.getByRole('table', { name: 'Organisations' }).waitFor({ timeout: 30_000 });
    await page.getByRole('searchbox', { name: 'Search organisations' }).fill('plenary testing');
    const row = page.getByRole('row', { name: /Institute for Plenary Testing/ });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/IPT.*Academia and research.*Kenya/);

    await row.click();
    const detail = panel(page, 'Organisation details');
    await detail.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Institute for Plenary Testing”?' });
    expect(await dialog.textContent()).toContain('You can undo this.');
    await dialog.getByRole('button', { name: 'Delete organisation' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();

    const violations = await axeCheck(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
