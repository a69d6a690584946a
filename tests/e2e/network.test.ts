// The Network view in Chromium over the demo workspace: the graph is drawn (pixels, not just a
// canvas element), search selects and explains a person, colouring changes the legend, the PNG
// and SVG exports are real files, saved views restore lens, style and positions, positions
// survive a restart without a new layout, filters are shared with the People table, and the
// search, results and neighbourhood work from the keyboard.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { personDisplayName } from '@shared/domain/model';
import { generateDemoWorkspace } from '@shared/demo';
import { axeCheck, formatViolations, openApp } from './harness';

/** Share of pixels in a PNG screenshot that are not (near) white, counted in the page. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (ctx === null) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) < 235 || (data[i + 1] ?? 255) < 235 || (data[i + 2] ?? 255) < 235)
        ink += 1;
    }
    return ink / (bitmap.width * bitmap.height);
  }, png.toString('base64'));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  expect([...file.subarray(0, 8)]).toEqual(signature);
  expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

const READY = '[data-layout="ready"]';

async function openNetwork() {
  const app = await openApp({ route: '#/network' });
  // The graph of the finished layout is on screen (the view flags the frame after the first draw).
  await app.page.locator(`${READY} [data-drawn="true"]`).waitFor({ timeout: 60_000 });
  return app;
}

/** Exports the view as SVG and returns the file's text. */
async function exportSvgText(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('network.svg');
  return readFile(await file.path(), 'utf8');
}

/** Parses SVG text with the browser's XML parser: the number of node shapes, or an error. */
async function svgShapes(page: Page, svg: string): Promise<number> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('SVG does not parse');
    if (doc.documentElement.localName !== 'svg') throw new Error('not an SVG document');
    return doc.querySelectorAll('circle, polygon, rect').length;
  }, svg);
}

describe('network view', () => {
  test('draws the demo network, finds a person, recolours, exports a PNG', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      await page.getByRole('heading', { name: 'Network', level: 1 }).waitFor();
      const canvas = page.getByTestId('network-canvas');
      const ink = await inkShare(page, await canvas.screenshot());
      expect(ink).toBeGreaterThan(0.03);

      // Search a person by name: the side panel shows them, with their neighbourhood.
      const demo = generateDemoWorkspace({ now: new Date().toISOString() });
      const person = demo.people.find(
        (p) => p.nationalities.length > 0 && p.affiliations.length > 0,
      );
      if (!person) throw new Error('the demo has no person with a nationality and an organisation');
      const name = personDisplayName(person);
      const search = page.getByRole('combobox', { name: 'Find in the network' });
      await search.fill(name);
      await page
        .getByRole('option', { name: new RegExp(`^${name}`) })
        .first()
        .waitFor();
      await search.press('Enter');
      const panel = page.getByRole('complementary', { name: 'Selected node' });
      await expect
        .poll(() => panel.getByRole('heading', { level: 2 }).first().textContent())
        .toBe(name);
      await panel.getByRole('link', { name: 'Open in People' }).waitFor();
      expect(await panel.getByRole('link', { name: 'Open in People' }).getAttribute('href')).toBe(
        `#/people/${person.id}`,
      );
      expect(await panel.getByRole('heading', { name: /^Neighbourhood \(\d+\)$/ }).count()).toBe(1);

      // Escape clears the selection.
      await page.getByRole('button', { name: 'Close' }).focus();
      await page.keyboard.press('Escape');
      await panel.getByText('Select a node in the graph').waitFor();

      // Colouring by stakeholder group changes the legend.
      const legend = page.getByTestId('network-legend');
      expect(await legend.textContent()).toContain('Woman');
      await page.getByLabel('Colour by').selectOption('stakeholderGroup');
      await expect.poll(() => legend.textContent()).toContain('Colours: Stakeholder group');
      expect(await legend.textContent()).toContain('Academia and research');
      expect(await legend.textContent()).not.toContain('Woman');

      // Export PNG: a valid PNG at twice the graph's full size.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PNG' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('network.png');
      const bytes = await readFile(await file.path());
      const size = pngSize(bytes);
      const announced = await canvas.getAttribute('data-export-size');
      // The graph at twice its size, the legend beside it (network-views.test.ts checks it).
      const [graphW = 0, graphH = 0] = (announced ?? '').split('x').map(Number);
      expect(size.width).toBeGreaterThan(graphW);
      expect(size.height).toBeGreaterThanOrEqual(graphH);
      const box = await canvas.boundingBox();
      expect(size.width).toBeGreaterThan(box?.width ?? Infinity);

      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('switches lens and highlights the bridges', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      await page.getByRole('radio', { name: 'Affiliation' }).check();
      await page.locator('[data-layout="ready"]').waitFor({ timeout: 60_000 });
      await page.getByText('Organisations', { exact: true }).first().waitFor();
      const bridges = page.getByRole('button', { name: 'Show me the bridges' });
      await expect.poll(() => bridges.isEnabled()).toBe(true);
      await bridges.click();
      const list = page.locator('.network-metrics ol li');
      await expect.poll(() => list.count()).toBeGreaterThan(0);
      await list.first().getByRole('button').click();
      await page.getByRole('link', { name: 'Open in People' }).waitFor();
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('saved views restore lens, style and positions; SVG export; positions survive a restart', async () => {
    let app = await openNetwork();
    let { page } = app;
    const nodes = Number(
      /^(\d+) nodes/.exec((await page.locator('.page-header__subtitle').textContent()) ?? '')?.[1],
    );
    // Node sizes follow the metrics (computed in a worker): export once they are in.
    const metricsReady = (p: Page) =>
      expect
        .poll(() => p.getByRole('button', { name: 'Show me the bridges' }).isEnabled())
        .toBe(true);
    await metricsReady(page);
    const first = await exportSvgText(page);
    expect(first.startsWith('<svg') || first.startsWith('<?xml')).toBe(true);
    // Every node is drawn (plus the background rectangle).
    expect(await svgShapes(page, first)).toBeGreaterThan(nodes);

    // Save the view by name, change lens and colouring, then open the saved view again.
    await page.getByText('Saved views', { exact: true }).click();
    await page.getByLabel('View name').fill('Participation overview');
    await page.getByRole('button', { name: 'Save view' }).click();
    const open = page.getByRole('button', { name: 'Open: Participation overview' });
    await open.waitFor();
    await page.getByRole('radio', { name: 'Affiliation' }).check();
    await page.getByLabel('Colour by').selectOption('stakeholderGroup');
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(await exportSvgText(page)).not.toBe(first);
    await open.click();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('radio', { name: 'Participation' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Colour by').inputValue()).toBe('gender');
    // Same lens, style and positions: the same picture, node for node.
    await expect.poll(() => exportSvgText(page)).toBe(first);

    // Restart the app: the stored layout is drawn as it was, not laid out again (fcose starts
    // from random positions, so a new layout would move the nodes).
    app = await app.restart({ route: '#/network' });
    page = app.page;
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(await page.locator(READY).getAttribute('data-layout-ms')).toBeNull();
    await metricsReady(page);
    expect(await exportSvgText(page)).toBe(first);
    expect(app.consoleErrors).toEqual([]);
  });

  test('filters set on People apply on the Network and the other way round', async () => {
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    const table = page.locator('[role="table"]');
    await table.waitFor();
    await expect.poll(() => table.getAttribute('aria-rowcount')).not.toBeNull();
    const allRows = await table.getAttribute('aria-rowcount');
    await page.getByRole('button', { name: 'Filters' }).click();
    const peopleFilters = page.getByRole('region', { name: 'Filters' });
    await peopleFilters.getByRole('combobox', { name: 'Gender' }).click();
    await page.getByRole('option', { name: 'Woman', exact: true }).click();
    await expect.poll(() => table.getAttribute('aria-rowcount')).not.toBe(allRows);
    const women = Number(await table.getAttribute('aria-rowcount')) - 1;

    await page.getByRole('link', { name: 'Network' }).click();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    await page.getByText('Filters (1)').waitFor();
    const legend = page.getByTestId('network-legend');
    await expect.poll(() => legend.textContent()).toContain('Woman');
    expect(await legend.textContent()).not.toMatch(/\bMan\b/);
    // Colour by gender counts the people drawn: exactly the People table's women.
    expect(await legend.textContent()).toContain(`Woman${women}`);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('Filters', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'People' }).click();
    await expect
      .poll(() => page.locator('[role="table"]').getAttribute('aria-rowcount'))
      .toBe(allRows);
    expect(app.consoleErrors).toEqual([]);
  });

  test('keyboard: / focuses the search, arrows step through results, neighbours as a list', async () => {
    const app = await openNetwork();
    const { page } = app;
    await page.getByRole('heading', { name: 'Network', level: 1 }).click();
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Find in the network' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('an');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const second = (await options.nth(1).locator('span').first().textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Selected node' });
    const heading = panel.getByRole('heading', { level: 2 }).first();
    await expect.poll(() => heading.textContent()).toBe(second);

    // The neighbourhood as a list of buttons: Enter on one selects it.
    const neighbours = panel.locator('.network-list button');
    const count = Number(
      /\((\d+)\)/.exec(
        (await panel.getByRole('heading', { name: /^Neighbourhood/ }).textContent()) ?? '',
      )?.[1],
    );
    expect(await neighbours.count()).toBe(count);
    expect(count).toBeGreaterThan(0);
    const next = (await neighbours.first().textContent()) ?? '';
    await neighbours.first().focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => next.startsWith((await heading.textContent()) ?? '\u0000'))
      .toBe(true);

    // Escape clears the selection.
    await neighbours.first().focus();
    await page.keyboard.press('Escape');
    await panel.getByText('Select a node in the graph').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  test('the WebGL renderer draws the graph when chosen, and the choice can be undone', async () => {
    const app = await openNetwork();
    const { page } = app;
    const webgl = page.getByRole('checkbox', { name: 'Draw with WebGL (faster for large graphs)' });
    await webgl.check();
    // Headless Chromium here has WebGL 2 (software); where it has none, the page says so and
    // keeps drawing with the canvas renderer (data-renderer stays "canvas").
    await page.locator('[data-renderer="webgl"]').waitFor();
    const canvas = page.getByTestId('network-canvas');
    await canvas.locator('canvas[data-id="layer3-webgl"]').waitFor({ state: 'attached' });
    await expect.poll(async () => inkShare(page, await canvas.screenshot())).toBeGreaterThan(0.03);
    await webgl.uncheck();
    await page.locator('[data-renderer="canvas"]').waitFor();
    await expect.poll(async () => inkShare(page, await canvas.screenshot())).toBeGreaterThan(0.03);
    expect(app.consoleErrors).toEqual([]);
  });
});
