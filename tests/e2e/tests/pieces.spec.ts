// The app in pieces (src/pieces.rs): the first page downloads only the first module; each other
// page's code comes when it is first needed (or earlier, when the browser is idle), deep links
// to every kind of page work, and a piece that cannot be fetched is said in words with Try
// again, losing nothing.
import { test, expect, type Page } from '@playwright/test';
import { appReady, expectAccessible, expectPlainText, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

/** The names of the pieces the page fetched (split_request, chunk_5, ...). */
function piecesFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/((?:split|chunk)_\w+)-[0-9a-f]{16}\.wasm$/);
    if (m) fetched.push(m[1]);
  });
  return fetched;
}

test('the catalogue needs no piece; the form piece comes when the form is opened', async ({ page }) => {
  // No prefetching here: a resident with Save-Data on.
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
  const fetched = piecesFetched(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('link', { name: /^Pothole/ })).toBeVisible();
  await page.getByRole('link', { name: /^Pothole/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pothole');
  await page.waitForTimeout(3_500); // past the idle prefetch's latest start
  expect(fetched, 'no piece for the catalogue and a service page').toEqual([]);
  await page.getByRole('link', { name: /Start your request/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where is it?');
  expect(fetched).toContain('split_request');
  // The location step has a map (config.json), whose piece comes with it, after the form's.
  await expect(page.getByRole('application')).toBeVisible();
  expect(fetched.filter((p) => p.startsWith('split_'))).toEqual(['split_request', 'split_map']);
});

test('when the browser is idle every piece is fetched ahead, unless on 2G', async ({ page }) => {
  const fetched = piecesFetched(page);
  await page.goto('/');
  await appReady(page);
  await expect.poll(() => fetched.filter((p) => p.startsWith('split_')).sort(), { timeout: 10_000 })
    .toEqual(['split_my_requests', 'split_request', 'split_sent', 'split_track']);

  const slow = await page.context().newPage();
  await slow.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: false, effectiveType: '2g' } }));
  const fetchedSlow = piecesFetched(slow);
  await slow.goto('/');
  await appReady(slow);
  await slow.waitForTimeout(3_500);
  expect(fetchedSlow).toEqual([]);
  await slow.close();
});

for (const [path, heading] of [
  ['/services/RD-POTHOLE/request/details', 'Tell us about the problem'],
  ['/services/RD-POTHOLE/request', 'Where is it?'],
  ['/requests', 'My requests'],
  ['/requests/1000001', /.+/],
  ['/sent/nothing-here', /.+/],
] as const) {
  test(`a deep link straight to ${path} works`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Loading the page…');
    await expect(page.getByText('This page could not be loaded')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a piece that cannot be fetched: said in words, with Try again and 311, and nothing typed is lost', async ({ page }) => {
  // The draft typed before, kept on the device.
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Lakeshore Road East');
  // A new visit, with the form's piece unreachable (offline on a first visit, or replaced).
  const fresh = await page.context().newPage();
  await fresh.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await fresh.route(/\/split_request-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await fresh.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(fresh);
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');
  await expect(fresh).toHaveTitle(/^Error: /);
  await expectPlainText(fresh.getByRole('alert'), 'Anything you typed is kept on this device');
  await expectPlainText(fresh.getByRole('alert'), 'You can also call 311');
  await expectAccessible(fresh);
  // Back online: Try again brings the form, with what was typed.
  await fresh.unroute(/\/split_request-[0-9a-f]{16}\.wasm$/);
  await fresh.getByRole('button', { name: 'Try again' }).click();
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('Where is it?');
  await expect(fresh.getByLabel('Address or place')).toHaveValue('Lakeshore Road East');
  await fresh.close();
});

test('in Arabic, right to left: the piece message is translated and mirrored', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await page.route(/\/split_my_requests-[0-9a-f]{16}\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/requests?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تعذّر تحميل هذه الصفحة');
  await expect(page.getByRole('button', { name: 'حاول مرة أخرى' })).toBeVisible();
});
