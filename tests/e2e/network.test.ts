// The Network view in Chromium over the demo workspace: the graph is drawn (pixels, not just a
// canvas element), search selects and explains a person, colouring changes the legend, and the
// PNG export is a real PNG of the announced size.
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

async function openNetwork() {
  const app = await openApp({ route: '#/network' });
  await app.page.locator('[data-layout="ready"]').waitFor({ timeout: 60_000 });
  return app;
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
      expect(`${size.width}x${size.height}`).toBe(announced);
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
});
