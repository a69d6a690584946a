// The Planner in Chromium over the demo workspace: plan the next regional consultation, see
// the projected composition meet its targets, apply, and find the invitations on the event page.
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

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
});
