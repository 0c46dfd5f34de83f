// The app kept on the phone by its service worker: after one visit it starts with no network,
// shows the services saved on the device, and the outbox sends a request made offline once the
// connection returns.
import { test, expect } from '@playwright/test';
import { appReady, expectPlainText, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();
test.use({ serviceWorkers: 'allow' });

test('after one visit the app starts offline, with the saved services and a working form', async ({ page, context, request }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: /^Pothole/ })).toBeVisible();
  // The worker is installed and holds the build files.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    // A slow phone (or a busy test machine) may take a while to keep 1 MB.
    for (let i = 0; i < 300; i++) {
      const cache = await caches.open('frontdesk-app-v1');
      const keys = (await cache.keys()).map((r) => r.url);
      // The first module and every piece (src/pieces.rs), the map's too: every page works
      // offline.
      const pieces = ['split_request', 'split_sent', 'split_my_requests', 'split_track', 'split_map'];
      if (keys.some((k) => k.endsWith('_bg.wasm')) && pieces.every((p) => keys.some((k) => k.includes(`/${p}-`)))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the app was not kept');
  });

  await context.setOffline(true);
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where is it?');
  await page.getByLabel('Address or place').fill('Lakefront Promenade');
  await page.getByRole('button', { name: 'Continue' }).click();
  const description = `Written offline ${Date.now()}`;
  await page.getByLabel('Describe the problem').fill(description);
  for (const heading of ['Photos', 'About you', 'Check your answers before sending']) {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting to send');
  // Every other page's code is on the phone too: My requests, and a request's page (whose
  // data needs the city's server, and says so).
  await page.goto('/requests');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My requests');
  await expect(page.locator('.request-card').filter({ hasText: description })).toBeVisible();
  await page.goto('/requests/1000001');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Loading the page|could not be loaded/);
  // The home page offline: the saved list, said to be saved.
  await page.goto('/');
  await appReady(page);
  await expectPlainText(page.locator('.notice--warning'), 'saved on this device');
  await context.setOffline(false);
  // The outbox sends it by itself once online. Leaving the page while that POST is in flight
  // would lose its answer (the record then waits for the resident to decide: never sent twice
  // by itself), so the test waits for the city to have it first.
  const onServer = async () => {
    const list = await (await request.get('/open311/v2/requests.json?service_code=CS-DEAD-ANIMAL')).json();
    return list.filter((r: any) => r.description === description).length;
  };
  await expect.poll(onServer, { timeout: 15_000 }).toBe(1);
  await page.goto('/requests');
  await appReady(page);
  await expect(page.locator('.request-card').filter({ hasText: description }).locator('.reference')).toHaveText(/\d+/);
  expect(await onServer()).toBe(1);
});
