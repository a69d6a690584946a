// Two colleagues in two browser profiles exchange files through the Team screen (one of them
// passphrase-protected), resolve a conflict, and end with identical People tables. Both call
// their machine "Laptop": merging counts writes by a hidden per-installation id, not the label.
// Also: the first-run prompt.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeCheck, chooseFile, formatViolations, openApp } from './harness';

type Person = { id: string; deletedAt: string | null; email: string; phone: string };
type File = { exportedBy: string; data: { people: Person[] } };

const go = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, route));

async function setIdentity(page: Page, name: string, label: string) {
  await go(page, '#/settings/team');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Device label').fill(label);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(`Saved: your changes are now stamped “${name} (${label})”.`).waitFor();
}

async function shareBytes(
  page: Page,
  colleague: string,
  everything: boolean,
  passphrase?: string,
): Promise<{ bytes: Buffer; name: string }> {
  await go(page, '#/settings/team');
  await page.getByLabel('Colleague', { exact: true }).fill(colleague);
  if (everything) await page.getByRole('radio', { name: 'Everything', exact: true }).check();
  if (passphrase) {
    await page.getByLabel('Protect the file with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Repeat the passphrase').fill(passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save exchange file' }).click();
  const file = await download;
  return { bytes: readFileSync(await file.path()), name: file.suggestedFilename() };
}

async function share(page: Page, colleague: string, everything: boolean): Promise<string> {
  return (await shareBytes(page, colleague, everything)).bytes.toString('utf8');
}

async function pickFile(page: Page, name: string, buffer: Buffer) {
  await go(page, '#/settings/team');
  const open = page.getByRole('button', { name: "Open a colleague's file…" });
  await chooseFile(page, open, { name, text: buffer, mimeType: 'application/octet-stream' });
}

async function openForMerge(page: Page, text: string) {
  await pickFile(page, 'changes.json', Buffer.from(text));
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
    const amina = await openApp({ route: '#/settings/team' });
    const kofi = await openApp({ route: '#/settings/team' });
    const a = amina.page;
    const k = kofi.page;
    await setIdentity(a, 'Amina', 'Laptop');
    await setIdentity(k, 'Kofi', 'Laptop');

    // Kofi starts from Amina's workspace, sent encrypted.
    const passphrase = 'Nairobi rains 2026';
    const sealed = await shareBytes(a, 'Kofi', true, passphrase);
    expect(sealed.name).toMatch(/\.plenc$/);
    expect(sealed.bytes.subarray(0, 8).toString('latin1')).toBe('PLNRYENC');
    const kofiBefore = await share(k, 'check', true);
    await pickFile(k, sealed.name, sealed.bytes);
    await k.getByText('This file is protected by a passphrase.').waitFor();
    const violations0 = await axeCheck(k);
    expect(violations0, formatViolations(violations0)).toEqual([]);
    // A wrong passphrase: a clear message, and nothing changes.
    await k.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await k.getByRole('button', { name: 'Open', exact: true }).click();
    await k.getByText('The passphrase is not correct. Nothing was changed.').waitFor();
    expect(await k.getByText(/^From /).count()).toBe(0);
    expect(livePeople(await share(k, 'check', true))).toEqual(livePeople(kofiBefore));
    // Still asking: try again with the right one.
    await go(k, '#/settings/team');
    await k.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await k.getByRole('button', { name: 'Open', exact: true }).click();
    await k.getByText(/^From Amina \(Laptop\)/).waitFor();
    await applyIfAny(k);
    const first = await share(a, 'check', true);
    const person = (JSON.parse(first) as File).data.people.find((p) => p.deletedAt === null)!;

    // The same e-mail changed differently on both sides; the phone only by Kofi.
    await editPerson(a, person.id, { 'E-mail': 'amina.edit@example.org' });
    await editPerson(k, person.id, { 'E-mail': 'kofi.edit@example.org', Phone: '+254 700 123' });

    const fromKofi = await share(k, 'Amina', true);
    expect((JSON.parse(fromKofi) as File).exportedBy).toBe('Kofi (Laptop)');
    await openForMerge(a, fromKofi);
    const conflict = a.getByRole('group', { name: /E-mail$/ });
    // Who changed each side: the names, although both machines are called "Laptop".
    const mine = conflict.getByRole('radio', {
      name: /^Mine.*amina\.edit@example\.org.*Amina \(Laptop\)/,
    });
    const theirs = conflict.getByRole('radio', {
      name: /^Theirs.*kofi\.edit@example\.org.*Kofi \(Laptop\)/,
    });
    // The phone was changed by Kofi only: taken without a question.
    expect(await a.getByRole('group', { name: /Phone$/ }).count()).toBe(0);
    // Kofi's change is the more recent one: preselected.
    expect(await theirs.isChecked()).toBe(true);
    const violations = await axeCheck(a);
    expect(violations, formatViolations(violations)).toEqual([]);
    await mine.check();
    await a.getByRole('button', { name: 'Apply merge' }).click();
    await a.getByText('Merged: 0 new, 1 changed, 0 deleted.').first().waitFor();
    await a.getByRole('cell', { name: 'Kofi (Laptop)', exact: true }).waitFor();

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
    // Amina's choice against the more recent value is her own write, stamped with her name.
    expect((merged as unknown as { updatedBy: string }).updatedBy).toBe('Amina (Laptop)');

    // "Undo this merge" puts Amina's workspace back as it was before Kofi's file.
    await go(a, '#/settings/team');
    await a.getByRole('button', { name: 'Undo this merge' }).first().click();
    await a.getByRole('dialog', { name: 'Undo this merge?' }).waitFor();
    await a
      .getByRole('dialog', { name: 'Undo this merge?' })
      .getByRole('button', { name: 'Undo this merge' })
      .click();
    await a.getByText('The merge was undone.').first().waitFor();
    const undone = (JSON.parse(await share(a, 'check', true)) as File).data.people.find(
      (p) => p.id === person.id,
    )!;
    expect(undone.email).toBe('amina.edit@example.org');
    expect(undone.phone).not.toBe('+254 700 123');

    expect(amina.consoleErrors).toEqual([]);
    expect(kofi.consoleErrors).toEqual([]);
    await amina.close();
    await kofi.close();
  }, 240_000);

  test('a new installation asks who you are once; skipping leaves a per-installation label', async () => {
    let app = await openApp({ route: '?first-run#/people' });
    const dialog = app.page.getByRole('dialog', { name: 'Welcome to Plenary' });
    await dialog.waitFor();
    const violations = await axeCheck(app.page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await dialog.getByLabel('Your name').fill('Amina Otieno');
    await dialog.getByLabel('Device label').fill('Nairobi laptop');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await go(app.page, '#/settings/team');
    await app.page
      .getByText('Your changes are stamped: Amina Otieno (Nairobi laptop)', { exact: true })
      .waitFor();
    // Shown once: not again after a restart.
    app = await app.restart({ route: '?first-run#/people' });
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await go(app.page, '#/settings/team');
    await app.page.getByText('Your changes are stamped: Amina Otieno (Nairobi laptop)').waitFor();
    expect(await app.page.getByRole('dialog', { name: 'Welcome to Plenary' }).count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);

    const other = await openApp({ route: '?first-run#/people' });
    const prompt = other.page.getByRole('dialog', { name: 'Welcome to Plenary' });
    await prompt.getByRole('button', { name: 'Skip for now' }).click();
    await prompt.waitFor({ state: 'hidden' });
    await go(other.page, '#/settings/team');
    await other.page.getByText(/^Your changes are stamped: Device [0-9A-F]{4}$/).waitFor();
    expect(other.consoleErrors).toEqual([]);
  }, 120_000);
});
