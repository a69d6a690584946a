// The Representation screen in Chromium over the demo workspace: panel checks find the planted
// all-male podium, an event and a dimension give counts, a new target is flagged as missed with
// what it would take, charts export as SVG and PNG, small cells are suppressed on screen and in
// exports, the trend follows a share over time, and the facts report prints to a PDF whose text
// is checked.
import { readFile } from 'node:fs/promises';
import { inflateSync, constants as zlibConstants } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ALL_MALE_PODIUM } from '@shared/demo';
import { axeCheck, chooseFile, formatViolations, openApp } from './harness';

const AFRICA = 'Regional Consultation for Africa';
const CONFERENCE = 'International Conference on People-Centred Smart Cities';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Clicks, waits for the browser download it starts, and returns its name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const started = page.waitForEvent('download');
  // If the click fails, the test fails with its error, not with this waiter's rejection.
  started.catch(() => undefined);
  await click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

type PdfObject = { dict: string; stream: Buffer | null };

/**
 * The text of a PDF as Chromium (Skia) writes it: objects are parsed, FlateDecode streams
 * inflated, each font's ToUnicode CMap read, and every Tj/TJ string in the page content streams
 * decoded with the CMap of the font selected by the latest Tf. Enough for checking that
 * headings and numbers are in the file; not a general PDF reader.
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of raw.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endobj', start);
    const streamAt = raw.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = raw.slice(start, streamAt);
      let from = streamAt + 'stream'.length;
      if (raw[from] === '\r') from += 1;
      if (raw[from] === '\n') from += 1;
      const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
      const to = length ? from + Number(length[1]) : raw.indexOf('endstream', from);
      let stream = pdf.subarray(from, to);
      if (dict.includes('/FlateDecode'))
        stream = inflateSync(stream, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
      objects.set(Number(m[1]), { dict, stream });
    } else {
      objects.set(Number(m[1]), { dict: raw.slice(start, end), stream: null });
    }
  }
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    return m ? objects.get(Number(m[1])) : undefined;
  };
  const cmapOf = (fontDict: string) => {
    const map = new Map<string, string>();
    const text = ref(fontDict, 'ToUnicode')?.stream?.toString('latin1') ?? '';
    const utf16 = (hex: string) =>
      String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, src, dst] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set((src ?? '').toUpperCase(), utf16(dst ?? ''));
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, dst] of (block[1] ?? '').matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
      )) {
        const width = (lo ?? '').length;
        const first = parseInt(dst ?? '0', 16);
        for (let c = parseInt(lo ?? '0', 16); c <= parseInt(hi ?? '0', 16); c++)
          map.set(
            c.toString(16).toUpperCase().padStart(width, '0'),
            String.fromCharCode(first + c - parseInt(lo ?? '0', 16)),
          );
      }
    return map;
  };
  let out = '';
  for (const page of objects.values()) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    const resources = ref(page.dict, 'Resources')?.dict ?? page.dict;
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, num] of fontBlock.matchAll(/\/(\S+?) (\d+) 0 R/g))
      fonts.set(name ?? '', cmapOf(objects.get(Number(num))?.dict ?? ''));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    for (const [, num] of contents.matchAll(/(\d+) 0 R/g)) {
      const content = objects.get(Number(num))?.stream?.toString('latin1') ?? '';
      let cmap = new Map<string, string>();
      for (const token of content.matchAll(/\/(\S+) [\d.]+ Tf|<([0-9a-fA-F]*)>|(T[dDm*]|ET)\b/g)) {
        if (token[1] !== undefined) cmap = fonts.get(token[1]) ?? new Map<string, string>();
        else if (token[2] !== undefined) {
          const width = [...cmap.keys()][0]?.length ?? 4;
          for (const code of token[2].match(new RegExp(`.{${width}}`, 'g')) ?? [])
            out += cmap.get(code.toUpperCase()) ?? '';
        } else out += ' ';
      }
    }
  }
  return out;
}

/** Text without spaces, so that line breaks and glyph positioning do not matter. */
const squash = (s: string) => s.replace(/\s+/g, '');

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

      // The chart exports as SVG (standalone, fonts named) and as PNG at twice its size.
      const chart = counts.locator('.rep-chart svg');
      const width = Number(await chart.getAttribute('width'));
      const height = Number(await chart.getAttribute('height'));
      expect(width).toBeGreaterThan(100);
      const svg = await download(page, () => counts.getByRole('button', { name: 'SVG' }).click());
      expect(svg.name).toBe('representation-gender-counts.svg');
      const svgText = svg.bytes.toString('utf8');
      expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgText).toContain('font-family: system-ui');
      expect(svgText).toContain('Woman');
      const png = await download(page, () => counts.getByRole('button', { name: 'PNG' }).click());
      expect(png.name).toBe('representation-gender-counts.png');
      expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
      expect(png.bytes.readUInt32BE(20)).toBe(height * 2);
      // Drawn, not blank: a PNG of a white rectangle would compress to almost nothing.
      expect(png.bytes.length).toBeGreaterThan(5_000);

      // Trend over time: women's share by event date, then regional coverage, table beside it.
      const trendRegion = page.getByRole('region', { name: 'Events compared over time' });
      const line = trendRegion.getByRole('img');
      expect(await line.getAttribute('aria-label')).toMatch(/^Line chart of Women’s share/);
      await trendRegion.getByRole('combobox', { name: 'Follow' }).selectOption('coverage');
      await trendRegion.getByRole('columnheader', { name: 'Regions missing' }).waitFor();
      expect(await trendRegion.getByRole('img').getAttribute('aria-label')).toMatch(
        /^Line chart of Regional coverage/,
      );
      expect(await trendRegion.getByRole('row').count()).toBeGreaterThan(3);

      // A user-defined region scheme: a bad file is refused with the reason, a good one is
      // stored, picked at once for nationality, and exported in the same format.
      await page.getByRole('combobox', { name: 'Dimension' }).selectOption('nationality');
      const schemes = page.getByRole('region', { name: 'Region schemes' });
      const importScheme = (name: string, json: unknown) =>
        chooseFile(page, schemes.getByRole('button', { name: 'Import scheme' }), {
          name,
          text: JSON.stringify(json),
        });
      await importScheme('bad.json', { name: 'Bad', groups: { A: ['FR', 'Narnia'] } });
      await schemes
        .getByText('bad.json was not imported: group “A” has codes that are not countries: NARNIA.')
        .waitFor();
      const scheme = {
        name: 'Secretariat regions',
        groups: {
          Europe: ['FR', 'DE', 'GB', 'IT', 'ES', 'NL', 'SE', 'PL'],
          'Middle East and Africa': ['KE', 'NG', 'EG', 'ZA', 'SN', 'GH', 'ET', 'SA', 'AE', 'JO'],
          Americas: ['US', 'BR', 'MX', 'CA', 'AR', 'CO', 'CL', 'PE'],
          Asia: ['CN', 'IN', 'JP', 'ID', 'PH', 'VN', 'TH', 'BD'],
        },
      };
      await importScheme('regions.json', scheme);
      await schemes.getByText('Secretariat regions').waitFor();
      await table.getByRole('rowheader', { name: 'Middle East and Africa' }).waitFor();
      const exported = await download(page, () =>
        schemes
          .getByRole('listitem')
          .filter({ hasText: 'Secretariat regions' })
          .getByRole('button', { name: 'Export JSON' })
          .click(),
      );
      expect(exported.name).toBe('representation-scheme-secretariat-regions.json');
      expect(JSON.parse(exported.bytes.toString('utf8'))).toEqual(scheme);
      await page.getByRole('combobox', { name: 'Dimension' }).selectOption('gender');

      // Publishing safety: one switch suppresses small cells on screen and in every export.
      await page.getByRole('checkbox', { name: 'Suppress small cells' }).check();
      await page
        .getByRole('region', { name: 'Publishing safety' })
        .getByText(/Small cells suppressed: counts below 5/)
        .waitFor();
      const cross = page.getByRole('region', { name: 'Cross-tabulation' });
      await cross.getByRole('cell', { name: '<5' }).first().waitFor();
      const crossCsv = await download(page, () =>
        cross.getByRole('button', { name: 'CSV' }).click(),
      );
      expect(crossCsv.name).toBe('representation-gender-by-nationality.csv');
      const csvText = crossCsv.bytes.toString('utf8');
      expect(csvText).toContain('<5');
      expect(csvText.trimEnd().split('\n').pop()).toMatch(/^"Counts below 5 are shown as/);
      // Nothing small is left in the exported cross-tab: every number is 0 or at least 5.
      const numbers = csvText
        .split('\n')
        .slice(1, -2)
        .flatMap((l) => l.split(',').slice(1))
        .filter((c) => /^\d+$/.test(c))
        .map(Number);
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
      const funnel = page.getByRole('region', { name: 'Invitation funnel by group' });
      const funnelCsv = await download(page, () =>
        funnel.getByRole('button', { name: 'CSV' }).click(),
      );
      expect(funnelCsv.bytes.toString('utf8')).toContain('Counts below 5 are shown as');
      const trendCsv = await download(page, () =>
        trendRegion.getByRole('button', { name: 'CSV' }).click(),
      );
      expect(trendCsv.bytes.toString('utf8')).toContain('Counts below 5 are shown as');
      // The Targets and Indices cards honour the switch too: no count the table hides comes back
      // there (a rule line's count, share or gap; an index computed from hidden counts).
      await counts.getByRole('cell', { name: '<5' }).first().waitFor();
      const indices = page.getByRole('region', { name: 'Indices' });
      await indices.getByText(/^Small-cell suppression is on/).waitFor();
      await indices.getByText('Hidden', { exact: true }).first().waitFor();
      const ruleLines = await targets.locator('.rep-target__rules li').allTextContents();
      expect(ruleLines.length).toBeGreaterThan(0);
      for (const line of ruleLines) {
        const now = /now (\S+)/.exec(line)?.[1] ?? '';
        expect(now === '<5' || now === 'x' || Number(now) === 0 || Number(now) >= 5, line).toBe(
          true,
        );
        // A hidden count comes with no share and no "Needs …" (the bound's own % stays).
        if (now === '<5' || now === 'x') expect(line.split(' — ')[1]).not.toMatch(/%|Needs/);
      }
      await indices.screenshot({ path: '/tmp/rep/indices-suppressed.png' });
      await targets.screenshot({ path: '/tmp/rep/targets-suppressed.png' });
      await cross.screenshot({ path: '/tmp/rep/cross-suppressed.png' });
      await trendRegion.screenshot({ path: '/tmp/rep/trend-suppressed.png' });
      await counts.screenshot({ path: '/tmp/rep/counts-suppressed.png' });

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
      await report.getByText(/Small cells suppressed: counts below 5/).waitFor();
      expect(await report.getByRole('cell', { name: '<5' }).count()).toBeGreaterThan(0);
      const participants = (await report.locator('dd').first().textContent()) ?? '';
      expect(Number(participants)).toBeGreaterThan(100);

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
      // Its text: the title, the headings, the suppression note, the figures, the flagged panel.
      const text = squash(pdfText(pdf));
      for (const expected of [
        `Conference facts: ${CONFERENCE}`,
        'Participants by role',
        'Participants by stakeholder group',
        'Nationalities by region',
        'Speakers by gender',
        'Small cells suppressed: counts below 5',
        `Participants${participants}`,
        `Podium 4: ${ALL_MALE_PODIUM}`,
        'All-male line-up',
      ])
        expect(text, `PDF text lacks "${expected}"`).toContain(squash(expected));
      // The screen's controls are not printed.
      expect(text).not.toContain(squash('Save as PDF'));

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
