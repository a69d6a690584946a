// The Network view's presentation in Chromium over the demo workspace: the legend has its own
// column (never over the graph), explains the colouring, the uncoloured types, the size and
// every link style, and folds away; the grouped layouts are chosen from the one Layout list; a
// session's composition shows as bars with shares; the layout's progress and Cancel work; the
// isolated-groups highlight leaves exactly those groups in the exported picture and brings
// them into view; the PNG carries the legend; the toolbar keeps to one line at 1,280 px; an
// empty view says why and offers the way back.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo';
import { eventLevel } from '@shared/domain/model';
import { composition } from '../../renderer/src/features/network/networkView';
import { shares } from '../../renderer/src/features/network/compositionModel';
import { PNG_LEGEND_MARGIN, PNG_SCALE } from '../../renderer/src/features/network/exportView';
import { LEGEND_WIDTH } from '../../renderer/src/features/network/svgExport';
import { axeCheck, formatViolations, openApp } from './harness';

const DRAWN = '[data-layout="ready"] [data-drawn="true"]';

async function openNetwork() {
  const app = await openApp({ route: '#/network' });
  await app.page.locator(DRAWN).waitFor({ timeout: 60_000 });
  return app;
}

async function box(page: Page, testId: string) {
  const b = await page.getByTestId(testId).boundingBox();
  if (b === null) throw new Error(`${testId} is not on screen`);
  return b;
}

/**
 * The number of node shapes in an SVG export of the view: the document's own shapes, without the
 * background rectangle and the legend's group.
 */
async function exportedShapes(page: Page): Promise<number> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SVG' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const count = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('SVG does not parse');
    if (doc.querySelector('g.legend text') === null) throw new Error('the SVG has no legend');
    return doc.querySelectorAll(':root > circle, :root > polygon, :root > rect').length;
  }, text);
  return count - 1;
}

/**
 * Share of pixels of a PNG (inside the `clip` rectangle, default the whole picture) darker than
 * `below` in some channel, counted in the page. A faded node (10 % opacity) stays above 200.
 */
async function inkShare(
  page: Page,
  png: Buffer,
  below: number,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<number> {
  return page.evaluate(
    async ({ b64, below, clip }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const r = clip ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
      const canvas = new OffscreenCanvas(r.width, r.height);
      const ctx = canvas.getContext('2d');
      if (ctx === null) throw new Error('no 2d context');
      ctx.drawImage(bitmap, -r.x, -r.y);
      const { data } = ctx.getImageData(0, 0, r.width, r.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.min(data[i] ?? 255, data[i + 1] ?? 255, data[i + 2] ?? 255) < below) ink += 1;
      }
      return ink / (r.width * r.height);
    },
    { b64: png.toString('base64'), below, clip },
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** The graph's part of the stage between its zoom buttons and the toasts, as a screenshot. */
async function graphPixels(page: Page): Promise<Buffer> {
  const c = await box(page, 'network-canvas');
  return page.screenshot({
    clip: { x: c.x + 2, y: c.y + 50, width: c.width - 4, height: c.height - 150 },
  });
}

describe('network views', () => {
  test('the legend sits beside the graph, explains every style and folds away', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      const legend = page.getByTestId('network-legend');
      const text = async () => (await legend.textContent()) ?? '';
      // Beside the canvas, never over it.
      const l = await box(page, 'network-legend');
      const c = await box(page, 'network-canvas');
      expect(c.x + c.width).toBeLessThanOrEqual(l.x + 1);
      // Participation lens, coloured by gender: the events keep their grey, the size is named,
      // and the link styles on screen are explained.
      expect(await text()).toContain('Not coloured by Gender');
      expect(await text()).toContain('Events and sessions');
      expect(await text()).toContain('Size: Number of links');
      expect(await text()).toContain('Takes part in');
      expect(await text()).toContain('Session in event, country in region');
      expect(await text()).toContain('Declined, no-show');

      await page.getByLabel('Size by').selectOption('betweenness');
      await expect.poll(text).toContain('Size: Brokerage (betweenness)');

      // The grouped layouts are in the one Layout list; the legend stays beside the boxes.
      const layout = page.getByLabel('Layout', { exact: true });
      await layout.selectOption({ label: 'Grouped by organisation' });
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      expect(await layout.inputValue()).toBe('grouped:organisation');
      const grouped = await box(page, 'network-legend');
      const groupedCanvas = await box(page, 'network-canvas');
      expect(groupedCanvas.x + groupedCanvas.width).toBeLessThanOrEqual(grouped.x + 1);
      // The toolbar keeps to one line: every control's top is the lens's top.
      const tops = await page
        .locator('.network-toolbar > *')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);

      // Affiliation: relationships are explained, participation statuses are not.
      await page.getByRole('radio', { name: 'Affiliation' }).check();
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      await expect.poll(text).toContain('Relationship');
      expect(await text()).toContain('Works at');
      expect(await text()).not.toContain('Declined, no-show');

      // Folding the legend gives the graph its column; unfolding brings it back.
      const narrow = (await box(page, 'network-canvas')).width;
      await page.getByRole('button', { name: 'Hide legend' }).click();
      await expect
        .poll(async () => (await box(page, 'network-canvas')).width)
        .toBeGreaterThan(narrow + 150);
      const show = page.getByRole('button', { name: 'Show legend' });
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      await show.click();
      await expect.poll(text).toContain('Colours: Gender');

      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test("a session's composition shows as gender and region bars with shares", async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      const demo = generateDemoWorkspace({ now: new Date().toISOString() });
      const scheme = { key: 'm49-region', custom: demo.regionSchemes };
      // The session with the most people taking part, among those with a name of their own.
      const named = (name: string) => demo.events.filter((e) => e.name === name).length === 1;
      const sessions = demo.events.filter(
        (e) => eventLevel(e.kind) === 2 && e.deletedAt === null && named(e.name),
      );
      const session = sessions
        .map((e) => ({ e, comp: composition(demo, e.id, scheme) }))
        .sort((a, b) => b.comp.total - a.comp.total)[0];
      if (!session || session.comp.total === 0) throw new Error('the demo has no session');
      const search = page.getByRole('combobox', { name: 'Find in the network' });
      await search.fill(session.e.name);
      const escaped = session.e.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await page
        .getByRole('option', { name: new RegExp(`^${escaped}`) })
        .first()
        .waitFor();
      await search.press('Enter');
      const panel = page.getByRole('complementary', { name: 'Selected node' });
      await panel.getByText(`${session.comp.total} taking part`).waitFor();

      const genderShares = shares(session.comp.genders.map((g) => g.count));
      const genderBar = panel.getByRole('img', { name: /^By gender:/ });
      const label = (await genderBar.getAttribute('aria-label')) ?? '';
      session.comp.genders.forEach((g, i) => {
        expect(label).toContain(`${g.count} (${genderShares[i]} %)`);
      });
      // One coloured part per gender, widths in proportion to the counts.
      const widths = await genderBar
        .locator('span')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
      expect(widths).toHaveLength(session.comp.genders.length);
      const total = widths.reduce((s, w) => s + w, 0);
      session.comp.genders.forEach((g, i) => {
        expect((widths[i] ?? 0) / total).toBeCloseTo(g.count / session.comp.total, 1);
      });
      const regionBar = panel.getByRole('img', { name: /^By region:/ });
      for (const r of session.comp.regions.filter((x) => x.value !== 'unknown'))
        expect(await regionBar.getAttribute('aria-label')).toContain(`${r.value} ${r.count} (`);

      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('the layout shows its progress with Cancel; cancelled, it can run again', async () => {
    const app = await openApp({ route: '#/people' });
    const { page } = app;
    try {
      // Hold the layout worker's script until the test has seen the progress and cancelled.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/layout\.worker[^/]*\.js/, async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('link', { name: 'Network' }).click();
      const progress = page.locator('.network-progress[role="status"]');
      await progress.getByText('Preparing the layout…').waitFor();
      await progress.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('[data-layout="cancelled"]').waitFor();
      await progress.getByText('Layout cancelled').waitFor();
      // The graph is drawn all the same, its nodes on a grid.
      await page.locator('[data-layout="cancelled"] [data-drawn="true"]').waitFor();

      release();
      await progress.getByRole('button', { name: 'Lay out again' }).click();
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      expect(await page.locator('.network-progress').count()).toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('"show me the isolated groups" leaves exactly those groups in the picture; Escape clears it', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      await page.getByRole('radio', { name: 'Geography' }).check();
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      const button = page.getByRole('button', { name: 'Show me the isolated groups' });
      await expect.poll(() => button.isEnabled()).toBe(true);
      const all = await exportedShapes(page);
      // Drag the graph out of sight: the finding must bring its nodes back into view.
      const c = await box(page, 'network-canvas');
      for (let i = 0; i < 2; i += 1) {
        await page.mouse.move(c.x + 8, c.y + 60);
        await page.mouse.down();
        await page.mouse.move(c.x + c.width - 8, c.y + c.height - 8, { steps: 8 });
        await page.mouse.up();
      }
      await expect.poll(async () => inkShare(page, await graphPixels(page), 160)).toBe(0);
      await button.click();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      // The isolated nodes, drawn at full strength, are in sight again.
      await expect
        .poll(async () => inkShare(page, await graphPixels(page), 160))
        .toBeGreaterThan(0.002);
      const findings = page.locator('.network-metrics [role="status"]');
      const listed = (await findings.textContent()) ?? '';
      const groups = [...listed.matchAll(/Group of (\d+)/g)].reduce((s, m) => s + Number(m[1]), 0);
      const single = Number(/(\d+) isolated nodes/.exec(listed)?.[1] ?? 0);
      expect(groups + single).toBeGreaterThan(0);
      expect(await exportedShapes(page)).toBe(groups + single);

      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      expect(await exportedShapes(page)).toBe(all);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('the PNG carries the legend beside the graph, as the SVG does', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PNG' }).click();
      const bytes = await readFile(await (await download).path());
      const size = pngSize(bytes);
      // The graph as Cytoscape renders it at twice its size, announced on the canvas.
      const announced =
        (await page.getByTestId('network-canvas').getAttribute('data-export-size')) ?? '';
      const [graphW = 0, graphH = 0] = announced.split('x').map(Number);
      expect(graphW).toBeGreaterThan(0);
      expect(size.width).toBe(graphW + (2 * PNG_LEGEND_MARGIN + LEGEND_WIDTH) * PNG_SCALE);
      expect(size.height).toBeGreaterThanOrEqual(graphH);
      // The legend's column is drawn (text and swatches), not left blank.
      const legend = { x: graphW, y: 0, width: size.width - graphW, height: size.height };
      expect(await inkShare(page, bytes, 200, legend)).toBeGreaterThan(0.005);
      expect(
        await inkShare(page, bytes, 200, { x: 0, y: 0, width: graphW, height: graphH }),
      ).toBeGreaterThan(0.01);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('at 1,280 px wide the toolbar keeps to one line and group titles stay readable', async () => {
    const app = await openApp({ route: '#/network', viewport: { width: 1280, height: 800 } });
    const { page } = app;
    try {
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      const tops = async () =>
        page
          .locator('.network-toolbar > *')
          .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(await tops()).size).toBe(1);
      // Also with the longest choices selected.
      await page.getByLabel('Size by').selectOption('betweenness');
      await page.getByLabel('Colour by').selectOption('status');
      const layout = page.getByLabel('Layout', { exact: true });
      await layout.selectOption({ label: 'Grouped by stakeholder group' });
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      expect(new Set(await tops()).size).toBe(1);
      const toolbar = await page.locator('.network-toolbar').boundingBox();
      expect(toolbar?.height ?? Infinity).toBeLessThan(80);
      // The group titles are drawn over the graph at one screen size (13 px) at the zoom that
      // shows every group: dark text pixels on the titles' canvas.
      const titles = page.locator('canvas.network-overlay--titles');
      await expect.poll(() => titles.count()).toBe(1);
      // The titles canvas's own pixels: opaque dark text.
      const drawn = await titles.evaluate((el) => {
        const canvas = el as HTMLCanvasElement;
        const ctx = canvas.getContext('2d');
        if (ctx === null) return 0;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if ((data[i + 3] ?? 0) > 200 && (data[i] ?? 255) < 120) dark += 1;
        return dark;
      });
      expect(drawn).toBeGreaterThan(200);
      const violations = await axeCheck(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('with nothing to draw the stage says why and brings the graph back', async () => {
    const app = await openNetwork();
    const { page } = app;
    try {
      for (const type of ['People', 'Events and sessions'])
        await page.getByRole('checkbox', { name: type }).uncheck();
      const empty = page.locator('.network-empty[role="status"]');
      await empty.getByText('Every node type of this lens is switched off.').waitFor();
      // The legend keeps its column (the graph's width does not change) with its title only.
      // (Once the empty view has replaced the last drawn one.)
      const legend = page.getByTestId('network-legend');
      await expect.poll(async () => (await legend.textContent()) ?? '').not.toContain('Size:');
      expect(await legend.textContent()).toContain('Colours: Gender');
      await empty.getByRole('button', { name: 'Show every type' }).click();
      await page.locator(DRAWN).waitFor({ timeout: 60_000 });
      expect(await page.getByRole('checkbox', { name: 'People' }).isChecked()).toBe(true);
      await expect.poll(() => page.getByTestId('network-legend').textContent()).toContain('Woman');
      expect(await empty.count()).toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
