// The app shell: landmarks, help, titles, route focus and announcements, the 404 page, deep
// links, the static shell before the WebAssembly, and reflow at 320 px.
import { test, expect } from '@playwright/test';
import { appReady, expectAccessible, expectPlainText, plain, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

test('home page: one main, one h1, title, consistent help, axe clean', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
  expect(plain(await page.title())).toBe('City services – City of Mississauga');
  await expect(page.getByRole('banner')).toContainText('City of Mississauga');
  const help = page.getByRole('complementary', { name: 'Need help?' });
  await expect(help.getByRole('link', { name: '311', exact: true })).toHaveAttribute('href', 'tel:311');
  await expect(help).toContainText('24 hours a day');
  await expect(help).toContainText('300 City Centre Drive');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
  // First load: the browser announces the page itself; the app neither moves focus nor speaks.
  await expect(page.locator('[role=status][aria-live=polite]')).toHaveText('');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('navigating moves focus to the new h1, changes the title and announces it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Accessibility statement');
  await expect(h1).toBeFocused();
  await expect.poll(async () => plain(await page.title())).toBe('Accessibility statement – City of Mississauga');
  await expectPlainText(page.locator('[role=status][aria-live=polite]'), /Accessibility statement – City of Mississauga/);
  // The same help, in the same place.
  await expect(page.getByRole('complementary', { name: 'Need help?' })).toContainText('311');
  await expectAccessible(page);

  // And back home through the header link.
  await page.getByRole('banner').getByRole('link', { name: 'City of Mississauga' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
  expect(errors).toEqual([]);
});

test('links move within the app without a page load; back and forward work; the current page is marked', async ({ page, context }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await appReady(page);
  // A marker on the window survives only if no page load happens.
  await page.evaluate(() => ((window as any).__stayed = true));
  const myRequests = page.getByRole('banner').getByRole('link', { name: 'My requests' });
  await expect(myRequests).not.toHaveAttribute('aria-current');
  await myRequests.click();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My requests');
  await expect(myRequests).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  // Back and forward: the page follows the address, and focus goes to its heading.
  await page.goBack();
  await expect(page).toHaveURL(/\/requests$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My requests');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My requests');
  expect(await page.evaluate(() => (window as any).__stayed)).toBe(true);
  // The home link from a search shows the whole catalogue again, not the old results.
  await page.goto('/?q=tree');
  await appReady(page);
  await expect(page.getByRole('searchbox')).toHaveValue('tree');
  await page.getByRole('banner').getByRole('link', { name: 'City of Mississauga' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('tree');
  await page.goto('/requests');
  await appReady(page);
  // A click that asks for a new tab is the browser's: this page stays where it is.
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Accessibility statement' }).click({ modifiers: ['Shift'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toMatch(/\/accessibility$/);
  await tab.close();
  await expect(page).toHaveURL(/\/requests$/);
  expect(errors).toEqual([]);
});

test('the accessibility statement is a real page: standard, testing, gaps, how to report', async ({ page }) => {
  await page.goto('/accessibility');
  await appReady(page);
  for (const heading of ['The standard we aim for', 'How we test it', 'What we know is not yet right', 'Report a problem with this service']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expectPlainText(page.getByRole('main'), 'WCAG');
  await expectPlainText(page.getByRole('main'), 'call 311');
  await expectAccessible(page);
});

test('an unknown address gets a helpful 404 page with a way on', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(200); // the app answers every deep link
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(plain(await page.title())).toBe('Page not found – City of Mississauga');
  await expectPlainText(page.getByRole('main'), 'call 311');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Go to the list of city services' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
  expect(errors).toEqual([]);
});

test('the static shell is meaningful before the WebAssembly arrives', async ({ page }) => {
  // Hold the WebAssembly back: what shows is index.html alone.
  await page.route(/\.wasm$/, () => {});
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
  await expect(page.getByRole('status')).toHaveText('Loading…');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCount(1);
});

test('without JavaScript, index.html says the service needs it and gives the phone number', async ({ request }) => {
  // Playwright cannot render <noscript> (scripting stays on for the parser), so read the HTML.
  const html = await (await request.get('/')).text();
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
  expect(noscript).toContain('This service needs JavaScript');
  expect(noscript).toMatch(/<a href="?tel:311"?>311<\/a>/);
  expect(html.indexOf('<noscript>')).toBeGreaterThan(html.indexOf('<main'));
});

test('every page reflows at 320 CSS px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/accessibility', '/no/such/page']) {
    await page.goto(path);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
