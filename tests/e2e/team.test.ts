// Two colleagues in two browser profiles exchange files through the Team screen, resolve a
// conflict, and end with identical People tables.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

type Person = { id: string; deletedAt: string | null; email: string; phone: string };
type File = { exportedBy: string; data: { people: Person[] } };

const go = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, route));

async function setLabel(page: Page, label: string) {
  await go(page, '#/settings');
  await page.getByLabel('Your name or device label').fill(label);
  await page.getByRole('button', { name: 'Save label' }).click();
  await page.getByText('Label saved.').first().waitFor();
}

async function share(page: Page, colleague: string, everything: boolean): Promise<string> {
  await go(page, '#/settings/team');
  await page.getByLabel('Colleague', { exact: true }).fill(colleague);
  if (everything) await page.getByRole('radio', { name: 'Everything', exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save exchange file' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function openForMerge(page: Page, text: string) {
  await go(page, '#/settings/team');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: "Open a colleague's file…" }).click();
  await (
    await chooser
  ).setFiles({ name: 'changes.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByText(/^From /).waitFor();
}

async function applyIfAny(page: Page) {
  const apply = page.getByRole('button', { name: 'Apply merge' });
  if ((await apply.count()) > 0) {
    await apply.click();
    await page
      .getByText(/^Merged: /)
      .first()
      .waitFor();
  }
}

async function editPerson(page: Page, id: string, fields: Record<string, string>) {
  await go(page, `#/people/${id}`);
  const panel = page.getByRole('complementary', { name: 'Person details' });
  for (const [label, value] of Object.entries(fields)) await panel.getByLabel(label).fill(value);
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await panel.getByRole('status').getByText('Saved').waitFor();
}

// What the People table shows: every live person's data, without the bookkeeping (the two demo
// workspaces were generated at different moments, so their timestamps differ).
const livePeople = (text: string) =>
  (JSON.parse(text) as File).data.people
    .filter((p) => p.deletedAt === null)
    .map((p) =>
      canonical({
        ...p,
        sync: undefined,
        createdAt: undefined,
        updatedAt: undefined,
        updatedBy: undefined,
        revision: undefined,
      }),
    )
    .sort();

/** JSON with object keys sorted: field order is not part of a record. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}

describe('team merge', () => {
  test('two colleagues exchange files, resolve a conflict and end with identical people', async () => {
    const amina = await openApp({ route: '#/settings' });
    const kofi = await openApp({ route: '#/settings' });
    const a = amina.page;
    const k = kofi.page;
    await setLabel(a, 'Amina');
    await setLabel(k, 'Kofi');

    // Kofi starts from Amina's workspace.
    const first = await share(a, 'Kofi', true);
    await openForMerge(k, first);
    await applyIfAny(k);
    const person = (JSON.parse(first) as File).data.people.find((p) => p.deletedAt === null)!;

    // The same e-mail changed differently on both sides; the phone only by Kofi.
    await editPerson(a, person.id, { 'E-mail': 'amina.edit@example.org' });
    await editPerson(k, person.id, { 'E-mail': 'kofi.edit@example.org', Phone: '+254 700 123' });

    const fromKofi = await share(k, 'Amina', true);
    expect((JSON.parse(fromKofi) as File).exportedBy).toBe('Kofi');
    await openForMerge(a, fromKofi);
    const conflict = a.getByRole('group', { name: /E-mail$/ });
    const mine = conflict.getByRole('radio', { name: /^Mine.*amina\.edit@example\.org.*Amina/ });
    const theirs = conflict.getByRole('radio', { name: /^Theirs.*kofi\.edit@example\.org.*Kofi/ });
    // The phone was changed by Kofi only: taken without a question.
    expect(await a.getByRole('group', { name: /Phone$/ }).count()).toBe(0);
    // Kofi's change is the more recent one: preselected.
    expect(await theirs.isChecked()).toBe(true);
    const violations = await axeCheck(a);
    expect(violations, formatViolations(violations)).toEqual([]);
    await mine.check();
    await a.getByRole('button', { name: 'Apply merge' }).click();
    await a.getByText('Merged: 0 new, 1 changed, 0 deleted.').first().waitFor();
    await a.getByRole('cell', { name: 'Kofi', exact: true }).waitFor();

    // Amina sends only what changed since she last shared with Kofi; no conflict for him.
    const delta = await share(a, 'Kofi', false);
    expect((JSON.parse(delta) as File).data.people.map((p) => p.id)).toEqual([person.id]);
    await openForMerge(k, delta);
    expect(await k.getByRole('group', { name: /E-mail$/ }).count()).toBe(0);
    await applyIfAny(k);

    const finalA = await share(a, 'check', true);
    const finalK = await share(k, 'check', true);
    expect(livePeople(finalK)).toEqual(livePeople(finalA));
    const merged = (JSON.parse(finalK) as File).data.people.find((p) => p.id === person.id)!;
    expect(merged).toMatchObject({ email: 'amina.edit@example.org', phone: '+254 700 123' });

    expect(amina.consoleErrors).toEqual([]);
    expect(kofi.consoleErrors).toEqual([]);
    await amina.close();
    await kofi.close();
  }, 240_000);
});
