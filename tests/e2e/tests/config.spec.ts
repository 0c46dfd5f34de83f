// A missing or malformed /config.json shows a clear page that says what is wrong, never a blank
// screen or a panic. The same build is pointed at other settings by answering /config.json here.
import { test, expect } from '@playwright/test';
import { expectAccessible, expectPlainText, plain, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const problemTitle = 'This service is not available right now';
const FR_TITLE = 'Ce service n’est pas disponible pour le moment';
const AR_TITLE = 'هذه الخدمة غير متاحة الآن';

async function serveConfig(page: import('@playwright/test').Page, status: number, body: string) {
  await page.route('**/config.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body }));
}

test('missing config.json: says the file could not be loaded and the status', async ({ page }) => {
  await serveConfig(page, 404, 'not found');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(problemTitle);
  await expectPlainText(page.getByRole('main'), 'status 404');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  expect(await page.title()).toBe(problemTitle);
  await expectAccessible(page);
});

test('config.json that is not JSON: names line and column', async ({ page }) => {
  await serveConfig(page, 200, '{\n  "city": ,\n}');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(problemTitle);
  expect(plain(await page.getByRole('main').textContent())).toContain('line 2, column 11');
});

test('config.json without a required key: names the key', async ({ page }) => {
  await serveConfig(page, 200, JSON.stringify({
    city: { name: 'Test City' }, open311: {}, languages: ['en'], default_language: 'en', help: { phone: '311' },
  }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(problemTitle);
  expect(plain(await page.getByRole('main').textContent())).toContain('“open311.base_url”');
});

test('a server that is down: says it did not answer', async ({ page }) => {
  await page.route('**/config.json', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expectPlainText(page.getByRole('main'), 'the server did not answer');
});

test('a server that never answers: after 20 s the page says so instead of loading for ever', async ({ page }) => {
  await page.clock.install();
  await page.route('**/config.json', () => {}); // the request hangs
  await page.goto('/');
  await expect(page.getByRole('status')).toHaveText('Loading…'); // the static shell meanwhile
  await page.clock.runFor(19_000);
  await expect(page.getByRole('status')).toHaveText('Loading…');
  await page.clock.runFor(2_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(problemTitle);
  await expectPlainText(page.getByRole('main'), 'the server did not answer in time');
});

test('another city\'s config: the same build shows its name and phone', async ({ page }) => {
  await serveConfig(page, 200, JSON.stringify({
    // Same-origin endpoint: another origin would need the Content Security Policy written for
    // this config (frontdesk-server csp), which a faked reply cannot have.
    city: { name: 'Town of Example' }, open311: { base_url: '/open311/v2' },
    languages: ['en'], default_language: 'en', help: { phone: '+1 555 0100' },
  }));
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Town of Example');
  await expect(page.getByRole('link', { name: '+1 555 0100', exact: true })).toHaveAttribute('href', 'tel:+15550100');
});

test('the problem page follows the browser\'s languages: French for a French browser, Arabic right to left for an Arabic one', async ({ browser }) => {
  for (const [locale, lang, dir] of [['fr-CA', 'fr', 'ltr'], ['ar', 'ar', 'rtl']]) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await serveConfig(page, 404, 'not found');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const title = { fr: FR_TITLE, ar: AR_TITLE }[lang]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(plain(await page.title())).toBe(title);
    await expectPlainText(page.getByRole('main'), '404');
    await expectAccessible(page);
    await context.close();
  }
});
