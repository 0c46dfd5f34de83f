// The service inventory against the reference back end: topics, search, a service's page, and
// what a resident sees when the city's server is down, slow, empty or sends nonsense.
import { test, expect, type Page } from '@playwright/test';
import { appReady, expectAccessible, expectPlainText, plain, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const SERVICES = '**/open311/v2/services.json*';

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
}

function topic(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

test('browse a topic, open a service: its description, questions, promise and start button', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Services by topic' })).toBeVisible();
  // An Open311 form, a service on another site and a phone service, in one topic.
  const roads = topic(page, 'Roads and sidewalks');
  await expect(roads.getByRole('link', { name: /^Pothole/ })).toBeVisible();
  await expect(roads.getByRole('link', { name: /Road closures and construction.*leaves this site/ })).toHaveAttribute('href', /^https:\/\/www\.mississauga\.ca\//);
  await expect(roads.getByRole('link', { name: /^By phone: call \u2068?311\u2069?$/ })).toHaveAttribute('href', 'tel:311');
  // Topics without Open311 services are listed too; no topic twice.
  await expect(topic(page, 'Library')).toBeVisible();
  const names = await page.locator('.topic__heading').allTextContents();
  expect(new Set(names).size).toBe(names.length);
  expect(names.length).toBe(14);

  await roads.getByRole('link', { name: /^Pothole/ }).click();
  await expect(page).toHaveURL(/\/services\/RD-POTHOLE$/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Pothole');
  await expect(h1).toBeFocused();
  await expectPlainText(page.locator('title'), 'Pothole – City of Mississauga');
  await expect(page.getByRole('heading', { name: 'Please note' })).toBeVisible();
  await expect(page.getByText('Potholes reported as a danger are inspected within 24 hours.')).toBeVisible();
  const asks = page.locator('.asks');
  await expect(asks.locator('ul li').first()).toBeVisible(); // the definition's questions arrived
  await expect(asks).toContainText('(required)');
  await expect(page.getByText('You get a reference number straight away')).toBeVisible();
  await expect(page.getByRole('link', { name: /Start your request/ })).toHaveAttribute('href', '/services/RD-POTHOLE/request');
  expect(errors).toEqual([]);
});

test('each kind of service makes its own promise before the resident starts', async ({ page }) => {
  await page.goto('/services/TR-TREE');
  await appReady(page);
  await expect(page.getByText('your reference number may take a while')).toBeVisible();
  await page.goto('/services/NS-NOISE');
  await appReady(page);
  await expect(page.getByText('This request cannot be tracked')).toBeVisible();
  await expectAccessible(page);
});

test('search with an accented, mixed-case query: ranked results, the count announced, kept in the address', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const box = page.getByRole('searchbox', { name: 'Search for a service' });
  await box.fill('GRÂFFITI');
  const results = page.locator('.entries').first();
  await expect(page.getByRole('heading', { level: 2, name: 'Search results' })).toBeVisible();
  await expect(results.getByRole('link').first()).toContainText('Graffiti');
  await expectPlainText(page.locator('.results__count'), /^\d+ services? match|^One service matches/);
  // The polite live region says it once the typing stops.
  await expectPlainText(page.locator('[role=status][aria-live=polite]'), 'match “GRÂFFITI”');
  await expect(page).toHaveURL(/\?q=GR%C3%82FFITI$/);
  // Word-prefix matching over names and keywords.
  await box.fill('pot');
  await expect(page.locator('.entries').first().getByRole('link').first()).toContainText('Pothole');
  // Reload keeps the search.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('searchbox')).toHaveValue('pot');
  await expect(page.locator('.entries').first().getByRole('link').first()).toContainText('Pothole');
  await page.getByRole('button', { name: 'Show all services' }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(topic(page, 'Trees')).toBeVisible();
});

test('no results: the 311 number and the topics', async ({ page }) => {
  await page.goto('/?q=xylophone');
  await appReady(page);
  await expectPlainText(page.getByRole('heading', { level: 2 }).first(), 'No services match “xylophone”.');
  await expect(page.getByRole('link', { name: /Call \u2068?311\u2069? and we will help/ })).toHaveAttribute('href', 'tel:311');
  await expect(topic(page, 'Roads and sidewalks')).toBeVisible();
});

test('keyboard only: search, pick a result, land on the service page heading', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('tree');
  await expect(page.getByRole('heading', { name: 'Search results' })).toBeVisible();
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // the first result
  await expect(page.locator(':focus')).toContainText('Tree maintenance');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tree maintenance');
});

test('right to left, on a phone: Arabic catalogue, search and service page fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 2, name: 'الخدمات حسب الموضوع' })).toBeVisible();
  // The city's service names, translated in locales/ar/services.ftl.
  const pothole = page.getByRole('link', { name: /^حفرة في الطريق/ });
  await expect(pothole).toBeVisible();
  await noSidewaysScroll(page);
  await expectAccessible(page);
  // Search finds the translated name, and the city's own English name too.
  await page.getByRole('searchbox').fill('حفرة');
  await expect(page.locator('.entries').first().getByRole('link').first()).toContainText('حفرة في الطريق');
  await page.getByRole('searchbox').fill('pothole');
  await expect(page.locator('.entries').first().getByRole('link').first()).toContainText('حفرة في الطريق');
  await page.locator('.entries').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('حفرة في الطريق');
  await expect(page.getByRole('link', { name: /ابدأ/ })).toBeVisible();
  await noSidewaysScroll(page);
});

test('a name the city has not translated keeps its language, so screen readers pronounce it right', async ({ page }) => {
  await page.route(SERVICES, async (route) => {
    const list = await (await route.fetch()).json();
    list.push({ service_code: 'NEW-1', service_name: 'Snow angel sighting', metadata: false, type: 'realtime', keywords: '', group: 'Trees' });
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(list) });
  });
  await page.goto('/?lang=ar');
  await appReady(page);
  await expect(page.getByText('Snow angel sighting', { exact: true })).toHaveAttribute('lang', 'en');
  await page.goto('/services/NEW-1');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'auto');
});

test('an unknown service code says so, with the way back', async ({ page }) => {
  await page.goto('/services/NO-SUCH');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service not found');
  await expectPlainText(page.locator('main'), 'There is no service with the code “NO-SUCH”');
  await expect(page.getByRole('link', { name: 'All city services' })).toHaveAttribute('href', '/');
});

test.describe('when the city server misbehaves', () => {
  test('5xx with an Open311 error: the server words as text, what still works, and a retry that recovers', async ({ page }) => {
    let fail = true;
    await page.route(SERVICES, (route) =>
      fail
        ? route.fulfill({ status: 503, contentType: 'application/json', body: '[{"code":503,"description":"CRM <b>down</b> for maintenance"}]' })
        : route.continue(),
    );
    await page.goto('/');
    await appReady(page);
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: 'The online request forms could not be loaded' })).toBeVisible();
    await expectPlainText(alert, 'error 503');
    await expect(alert.locator('blockquote')).toHaveText('CRM <b>down</b> for maintenance');
    await expect(alert.locator('b')).toHaveCount(0);
    // Services done elsewhere are still listed.
    await expect(topic(page, 'Library')).toBeVisible();
    await expectAccessible(page);
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(topic(page, 'Roads and sidewalks').getByRole('link', { name: /^Pothole/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('offline after a visit: the list saved on the device, marked as possibly out of date', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(topic(page, 'Roads and sidewalks').getByRole('link', { name: /^Pothole/ })).toBeVisible();
    await page.route(SERVICES, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await appReady(page);
    await expectPlainText(page.locator('.notice--warning'), 'this is the list saved on this device on');
    await expect(topic(page, 'Roads and sidewalks').getByRole('link', { name: /^Pothole/ })).toBeVisible();
    await page.getByRole('link', { name: /^Pothole/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pothole');
  });

  test('unreachable with nothing saved: a translated error and a retry', async ({ page }) => {
    await page.route(SERVICES, (route) => route.abort('connectionrefused'));
    await page.goto('/?lang=fr');
    await appReady(page);
    await expectPlainText(page.getByRole('alert'), 'Le serveur');
    await expect(page.getByRole('alert').getByRole('button')).toBeVisible();
  });

  test('a reply that is not Open311: "cannot read", never a crash', async ({ page }) => {
    const errors = watchErrors(page);
    await page.route(SERVICES, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Login</body></html>' }));
    await page.goto('/');
    await appReady(page);
    await expectPlainText(page.getByRole('alert'), 'sent a reply this service cannot read');
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  test('an empty list: say so, with 311, and keep the other services', async ({ page }) => {
    await page.route(SERVICES, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' }));
    await page.goto('/');
    await appReady(page);
    await expectPlainText(page.locator('main'), 'The city is not taking requests online right now. Call 311');
    await expect(topic(page, 'Pay tickets and penalties')).toBeVisible();
  });

  test('hostile text stays text; a group no topic claims becomes a topic; no group goes under Other services', async ({ page }) => {
    const hostile = '<img src=x onerror="window.__owned=1">Broken <script>window.__owned=1</script>';
    await page.route(SERVICES, (route) => route.fulfill({
      status: 200, contentType: 'application/json',
      body: JSON.stringify([
        { service_code: 'H1', service_name: hostile, description: 'Line one<br>line two', metadata: false, type: 'realtime', keywords: '', group: 'Snow angels' },
        { service_code: 'H2', service_name: 'Loose thing', metadata: false, type: 'realtime', keywords: '', group: null },
      ]),
    }));
    await page.goto('/');
    await appReady(page);
    await expect(topic(page, 'Snow angels').getByRole('link')).toContainText(hostile);
    await expect(topic(page, 'Other services').getByRole('link')).toContainText('Loose thing');
    await expect(page.locator('main img, main script')).toHaveCount(0);
    await page.goto('/services/H1');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    await expect(page.locator('main p', { hasText: 'Line one' }).locator('br')).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).__owned)).toBeUndefined();
  });
});
