// The Planner in Chromium over the demo workspace: plan the next regional consultation, see
// the projected composition meet its targets, apply, and find the invitations on the event page;
// plan for acceptance and compare two plans side by side; balance the Expert Group Meeting's
// breakout rooms, move one person by keyboard, and export the room lists.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

/** Opens the Planner on the event whose option text contains `name`; returns its id. */
async function pickEvent(page: Page, name: string): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Planner' }).waitFor({ timeout: 30_000 });
  const eventSelect = page.getByLabel('Event or session');
  const eventId =
    (await eventSelect.locator('option', { hasText: name }).getAttribute('value')) ?? '';
  expect(eventId).not.toBe('');
  await eventSelect.selectOption(eventId);
  await expect.poll(() => page.url()).toContain(`#/planner/${eventId}`);
  return eventId;
}

describe('planner', () => {
  test('plans the next regional consultation, meets its targets and applies the invitations', async () => {
    const app = await openApp({ route: '#/planner' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Planner' }).waitFor({ timeout: 30_000 });

    // The demo's next regional consultation is the Arab States one (after "now").
    const eventSelect = page.getByLabel('Event or session');
    const option = eventSelect.locator('option', {
      hasText: 'Regional Consultation for Arab States',
    });
    const eventId = (await option.getAttribute('value')) ?? '';
    expect(eventId).not.toBe('');
    await eventSelect.selectOption(eventId);
    await expect.poll(() => page.url()).toContain(`#/planner/${eventId}`);

    // Quotas come from the event's targets (local governments) and the process's (gender).
    await page.getByRole('heading', { name: 'Quotas' }).waitFor();
    expect(await page.getByLabel('Category 1').inputValue()).toBe('local-regional-government');
    const seats = page.getByLabel('Seats', { exact: true });
    await seats.fill('30');
    const setupViolations = await axeCheck(page);
    expect(setupViolations, formatViolations(setupViolations)).toEqual([]);

    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    const composition = page.getByRole('table', {
      name: 'Projected composition against the targets',
    });
    await composition.waitFor({ timeout: 60_000 });
    const statuses = await composition.locator('tbody tr td:last-child').allTextContents();
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(statuses.every((s) => s.trim() === 'Met')).toBe(true);
    await page.getByText('Best possible selection (proved optimal).').waitFor();
    expect(await page.getByText(/^30 selected · total priority/).count()).toBe(1);

    const selection = page.getByRole('table', { name: 'Selection' });
    const toInvite = selection.locator('tbody tr', { hasText: 'To invite' });
    const invited = await toInvite.count();
    expect(invited).toBeGreaterThan(0);
    const someone = ((await toInvite.first().locator('td').first().textContent()) ?? '').trim();
    expect(someone).not.toBe('');
    const violations = await axeCheck(page);
    expect(violations, formatViolations(violations)).toEqual([]);

    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText(/invitations? applied/).waitFor();

    // On the event page the person is now invited.
    await page.goto(page.url().replace(/#.*$/, `#/events/${eventId}`));
    const status = page.getByLabel(`Status of ${someone}`);
    await status.waitFor({ timeout: 30_000 });
    expect(await status.inputValue()).toBe('invited');

    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    await app.close();
  });

  test('plans for acceptance with each group’s rate and compares two plans side by side', async () => {
    const app = await openApp({ route: '#/planner' });
    const { page } = app;
    await pickEvent(page, 'Regional Consultation for Arab States');
    await page.getByRole('heading', { name: 'Quotas' }).waitFor();
    await page.getByLabel('Seats', { exact: true }).fill('30');
    await page.getByRole('checkbox', { name: 'Plan for acceptance' }).check();
    await page.getByRole('button', { name: 'Plan', exact: true }).click();

    // The expected confirmations per quota group, at each group's rate, against the targets.
    const expected = page.getByRole('table', {
      name: 'Expected confirmed composition against the targets',
    });
    await expected.waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Plan for acceptance' }).waitFor();
    const rows = expected.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    const statuses = await rows.locator('td:last-child').allTextContents();
    expect(statuses.every((x) => x.trim() === 'Met')).toBe(true);
    const women = rows.filter({ hasText: 'Woman (Gender)' });
    const cellsOf = await women.locator('td').allTextContents();
    const [confirmed, invite, expectedWomen] = [3, 4, 5].map((i) => Number(cellsOf[i]));
    const target = Number((cellsOf[6] ?? '').split('–')[0]);
    // Fewer than everyone accepts, so more women are asked than are expected to confirm.
    expect((invite ?? 0) + (confirmed ?? 0)).toBeGreaterThan(expectedWomen ?? 0);
    expect(expectedWomen).toBeGreaterThanOrEqual(target);
    await page.getByText(/otherwise the pooled rate of all \d+ answered invitations/).waitFor();
    await page.getByText(/^Expected confirmations in all: [\d.]+ for 30 seats/).waitFor();
    const acceptanceViolations = await axeCheck(page);
    expect(acceptanceViolations, formatViolations(acceptanceViolations)).toEqual([]);

    // Keep it, switch to a plain selection of 24 seats: the what-if re-plans by itself.
    await page.getByRole('button', { name: 'Keep for comparison' }).click();
    await page.getByRole('checkbox', { name: 'Plan for acceptance' }).uncheck();
    await page.getByLabel('Seats', { exact: true }).fill('24');
    const compare = page.getByRole('region', { name: 'Compare plans' });
    await compare.waitFor({ timeout: 60_000 });
    const cells = async (label: string) =>
      compare
        .getByRole('row', { name: new RegExp(`^${label}`) })
        .locator('td')
        .allTextContents();
    await expect.poll(() => cells('Seats'), { timeout: 60_000 }).toEqual(['30', '24']);
    expect(await cells('Kind of plan')).toEqual([
      'For acceptance (expected confirmations)',
      'Selection',
    ]);
    const selected = await cells('People selected');
    expect(Number(selected[0])).toBeGreaterThan(30);
    expect(selected[1]).toBe('24');
    const compareViolations = await axeCheck(page);
    expect(compareViolations, formatViolations(compareViolations)).toEqual([]);

    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    await app.close();
  });

  test('assigns breakout rooms, moves one person by keyboard with the balance updated, and exports the lists', async () => {
    const app = await openApp({ route: '#/planner' });
    const { page } = app;
    await pickEvent(page, 'Expert Group Meeting on People-Centred Smart Cities');
    const section = page.getByRole('region', { name: 'Breakout rooms' });
    await section.waitFor();
    await section.getByRole('button', { name: 'Assign rooms' }).click();
    const imbalance = page.getByTestId('rooms-imbalance');
    await imbalance.waitFor();
    const before = (await imbalance.textContent()) ?? '';

    const roomOne = page.getByTestId('room-Breakout room 1: Digital infrastructure and governance');
    const roomTwo = page.getByTestId('room-Breakout room 2: Community engagement and capacity');
    const sizeOf = async (room: typeof roomOne) =>
      Number(((await room.locator('p').first().textContent()) ?? '').split(' / ')[0]);
    const [one, two] = [await sizeOf(roomOne), await sizeOf(roomTwo)];
    expect(one).toBeGreaterThan(0);
    // Each room shows its balance on gender, region and stakeholder group.
    for (const term of ['Gender', 'Region', 'Stakeholder group'])
      await roomOne.getByRole('term').filter({ hasText: term }).waitFor();

    // Move the first person of room 1 to room 2 with the keyboard only.
    const mover = roomOne.locator('li').first();
    const name = ((await mover.locator('span').textContent()) ?? '').trim();
    const select = page.getByLabel(`Move ${name} to`);
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => sizeOf(roomOne)).toBe(one - 1);
    expect(await sizeOf(roomTwo)).toBe(two + 1);
    await roomTwo.getByText(name, { exact: true }).waitFor();
    // The focus follows the person, and the new balance is announced and shown.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Move ${name} to`,
    );
    await expect.poll(() => imbalance.textContent()).not.toBe(before);
    await page.getByText(new RegExp(`^${name} moved to Breakout room 2`)).waitFor();
    const roomViolations = await axeCheck(page);
    expect(roomViolations, formatViolations(roomViolations)).toEqual([]);

    // The exported list puts the moved person in room 2.
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export room lists (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/ - rooms\.csv$/);
    const lines = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Room,Name,Organisation,Gender,Region,Stakeholder group');
    expect(lines.filter((l) => l !== '').length - 1).toBeGreaterThanOrEqual(one + two);
    const moved = lines.find((l) => l.includes(name));
    expect(moved?.startsWith('Breakout room 2: Community engagement and capacity,')).toBe(true);
    const xlsx = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export room lists (Excel)' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/ - rooms\.xlsx$/);

    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
    await app.close();
  });
});
