// Smoke test of the renderer in Chromium, plus self-checks of the harness the feature tests rely on
// (offline guard, restart on the same profile, console error capture).
import { expect, test } from 'vitest';
import { axeCheck, formatViolations, openApp } from './harness';

test('the app starts offline, error-free, with a language and no serious accessibility issues', async () => {
  const app = await openApp();
  // The app's name: an <h1> in the placeholder App, the navigation's brand in the shell being built.
  const { page } = app;
  await page
    .getByRole('heading', { name: 'Plenary', exact: true })
    .or(page.getByText('Plenary', { exact: true }))
    .first()
    .waitFor({ state: 'visible' });

  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);

  const violations = await axeCheck(page);
  expect(violations, formatViolations(violations)).toEqual([]);

  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('harness: requests off the preview origin are aborted and recorded', async () => {
  const app = await openApp();
  // The app's CSP would stop this request before it reaches the network, so make it from a page
  // without one: the guard is on the whole browser context.
  const other = await app.context.newPage();
  await other.goto('about:blank');
  const outcome = await other.evaluate(() =>
    fetch('http://example.invalid/tracker.gif').then(
      () => 'loaded',
      () => 'failed',
    ),
  );
  expect(outcome).toBe('failed');
  expect(app.externalRequests).toEqual(['http://example.invalid/tracker.gif']);
});

test('harness: console errors and uncaught page errors are recorded', async () => {
  const app = await openApp();
  await app.page.evaluate(() => {
    console.error('deliberate console error');
    setTimeout(() => {
      throw new Error('deliberate uncaught error');
    });
  });
  await expect.poll(() => app.consoleErrors.length).toBe(2);
  expect(app.consoleErrors[0]).toContain('deliberate console error');
  expect(app.consoleErrors[1]).toContain('deliberate uncaught error');
});

test('harness: IndexedDB survives restart() on the same profile, and close() removes it', async () => {
  const { existsSync } = await import('node:fs');
  const first = await openApp();
  await first.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('plenary-e2e-harness-check', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('kv');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('kv', 'readwrite');
          tx.objectStore('kv').put('still here', 'marker');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
  );

  const second = await first.restart();
  expect(second.profileDir).toBe(first.profileDir);
  const value = await second.page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('plenary-e2e-harness-check', 1);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('kv').objectStore('kv').get('marker');
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error ?? new Error('read failed'));
        };
      }),
  );
  expect(value).toBe('still here');

  await first.close(); // already handed over: must not delete the profile
  expect(existsSync(second.profileDir)).toBe(true);
  await second.close();
  expect(existsSync(second.profileDir)).toBe(false);
  expect(second.consoleErrors).toEqual([]);
});

test('harness: axeCheck reports serious and critical violations', async () => {
  const app = await openApp();
  await app.page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(image, document.createElement('button'));
  });
  const violations = await axeCheck(app.page);
  expect(violations.map((violation) => violation.id).sort()).toEqual(['button-name', 'image-alt']);
  expect(formatViolations(violations)).toContain('critical: image-alt');
});
