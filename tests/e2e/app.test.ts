// The shell on a fresh profile: the demo workspace on first open, navigation, honest "coming
// next" screens, workspace actions in Settings, accessibility and no network traffic.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

const countsPattern = /(\d+) people · (\d+) organisations · (\d+) events · (\d+) participations/;

async function settingsCounts(page: Page) {
  const text = await page.getByText(countsPattern).first().textContent({ timeout: 15_000 });
  const m = countsPattern.exec(text ?? '');
  if (!m) throw new Error(`no counts in ${text}`);
  return {
    people: Number(m[1]),
    organisations: Number(m[2]),
    events: Number(m[3]),
    participations: Number(m[4]),
  };
}

describe('application shell', () => {
  test('opens the demo workspace on first launch, with no request leaving the machine', async () => {
    const app = await openApp({ route: '#/settings' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const counts = await settingsCounts(page);
    expect(counts.people).toBeGreaterThanOrEqual(250);
    expect(counts.people).toBeLessThanOrEqual(350);
    expect(counts.organisations).toBeGreaterThanOrEqual(60);
    expect(counts.participations).toBeGreaterThanOrEqual(700);
    expect(await page.getByText('Demo', { exact: true }).isVisible()).toBe(true);
    expect(app.externalRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  test('every section is reachable from the navigation, and an unknown route says so', async () => {
    const app = await openApp();
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const [link, heading] of [
      ['People', 'People'],
      ['Organisations', 'Organisations'],
      ['Events', 'Events'],
      ['Network', 'Network'],
      ['Representation', 'Representation'],
      ['Planner', 'Planner'],
      ['Settings', 'Settings'],
    ] as const) {
      await nav.getByRole('link', { name: new RegExp(`^${link}`) }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(
        await nav.getByRole('link', { name: new RegExp(`^${link}`) }).getAttribute('aria-current'),
      ).toBe('page');
    }
    // The Network view is built now: it shows the demo graph's size instead of "Coming next".
    await nav.getByRole('link', { name: /^Network/ }).click();
    await page.getByText(/^\d+ nodes · \d+ links$/).waitFor();
    await page.goto(page.url().replace(/#.*$/, '#/nowhere'));
    await page.getByRole('heading', { name: 'This page does not exist.' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  test('has no serious accessibility violations on the main screens', async () => {
    const app = await openApp();
    for (const route of ['#/people', '#/organisations', '#/events', '#/network', '#/settings']) {
      await app.goto(route);
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await axeCheck(app.page);
      expect(violations, `${route}\n${formatViolations(violations)}`).toEqual([]);
    }
  });

  test('starts a new empty workspace after confirmation, and resets the demo', async () => {
    const app = await openApp({ route: '#/settings' });
    const { page } = app;
    await settingsCounts(page);
    await page.getByRole('button', { name: 'New empty workspace…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new empty workspace?' });
    await dialog.waitFor();
    // Cancel keeps everything.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await settingsCounts(page)).people).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'New empty workspace…' }).click();
    await dialog.getByLabel('Name of the new workspace').fill('Nairobi consultation 2027');
    await dialog.getByRole('button', { name: 'Remove everything and start empty' }).click();
    await page
      .getByText('0 people · 0 organisations · 0 events · 0 participations')
      .first()
      .waitFor();
    await page.getByText('Workspace: Nairobi consultation 2027').waitFor();

    // The empty workspace persists across a restart: the demo does not come back by itself.
    const again = await app.restart({ route: '#/settings' });
    await again.page
      .getByText('0 people · 0 organisations · 0 events · 0 participations')
      .first()
      .waitFor();

    await again.page.getByRole('button', { name: 'Reset demo…' }).click();
    await again.page.getByRole('button', { name: 'Replace with the demo' }).click();
    await again.page.getByText('Demo', { exact: true }).waitFor();
    expect((await settingsCounts(again.page)).people).toBeGreaterThan(250);
    expect(again.consoleErrors).toEqual([]);
  });

  test('remembers the device label that stamps changes', async () => {
    const app = await openApp({ route: '#/settings' });
    const field = app.page.getByLabel('Your name or device label');
    await field.fill('Aïcha — Nairobi laptop');
    await app.page.getByRole('button', { name: 'Save label' }).click();
    await app.page.getByText('Label saved.').waitFor();
    const again = await app.restart({ route: '#/settings' });
    await again.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect
      .poll(() => again.page.getByLabel('Your name or device label').inputValue())
      .toBe('Aïcha — Nairobi laptop');
  });
});
