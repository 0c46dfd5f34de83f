// Following a request: My requests, lookup by reference, the request page and its timeline,
// a status moved by city staff on the reference back end, a batch token becoming an id.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appReady, expectAccessible, expectPlainText, plain, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const SERVER = '../../target/release/frontdesk-server';
const DB = '../../target/e2e/frontdesk.sqlite';

/** City staff move a request along, from the command line, while the server runs. */
function setStatus(id: string, status: string, note: string) {
  execFileSync(SERVER, ['request', 'set-status', '--db', DB, id, status, '--note', note]);
}

async function continueTo(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** Sends a request for a service without questions; returns its reference. */
async function send(page: Page, description: string): Promise<string> {
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Burnhamthorpe Road at Confederation');
  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill(description);
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  return plain(await page.locator('.panel__reference').textContent()).trim();
}

test('a status moved by the city shows on My requests as updated, and on the request page timeline', async ({ page }) => {
  const reference = await send(page, 'A dead deer on the shoulder');
  await page.getByRole('link', { name: 'My requests' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My requests');
  const card = page.locator('.request-card').filter({ hasText: reference });
  await expect(card.getByText('Received')).toBeVisible();
  await expect(card.getByText('Updated')).toHaveCount(0);
  await expectAccessible(page);

  setStatus(reference, 'in_progress', 'A crew is on its way.');
  await page.getByRole('button', { name: 'Check for updates' }).click();
  await expect(card.getByText('In progress')).toBeVisible();
  await expect(card.getByText('Updated', { exact: true })).toBeVisible();
  await expectPlainText(page.locator('[role=status][aria-live=polite]').first(), 'The statuses are up to date.');

  await card.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Request \\u2068?${reference}\\u2069?$`));
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('In progress');
  await expect(facts).toContainText('Dead animal on public property');
  await expect(facts).toContainText('Burnhamthorpe Road at Confederation');
  await expect(page.getByRole('heading', { name: 'Note from the city' })).toBeVisible();
  await expect(page.getByText('A crew is on its way.').first()).toBeVisible();
  const timeline = page.locator('ol.timeline > li');
  await expect(timeline.first()).toContainText('In progress');
  await expect(timeline.first()).toContainText('A crew is on its way.');
  await expect(timeline.last()).toContainText('Received');
  await expectAccessible(page);
  // Seen: no longer marked as updated.
  await page.getByRole('link', { name: 'My requests' }).first().click();
  await expect(page.locator('.request-card').filter({ hasText: reference }).getByText('Updated', { exact: true })).toHaveCount(0);
});

test('lookup by reference, and a reference the city does not know', async ({ page }) => {
  const reference = await send(page, 'Lookup me');
  await page.goto('/requests');
  await appReady(page);
  await page.getByRole('button', { name: 'Find request' }).click();
  await expect(page.getByLabel('Reference number', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Reference number', { exact: true })).toHaveAccessibleDescription(/Error: Type a reference number/);
  await page.getByLabel('Reference number', { exact: true }).fill(` ${reference} `);
  await page.getByRole('button', { name: 'Find request' }).click();
  await expect(page.locator('dl.facts')).toContainText('Received');
  await page.goto('/requests/999999999');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request not found');
  await expectPlainText(page.locator('main'), 'The city has no request with the reference “999999999”');
  await expectPlainText(page.locator('main'), 'call 311');
  // From the home page, a search that looks like a reference offers to track it.
  await page.goto(`/?q=${reference}`);
  await appReady(page);
  await page.getByRole('link', { name: new RegExp(`Track request \\u2068?${reference}`) }).click();
  await expect(page.locator('dl.facts')).toContainText('Dead animal on public property');
});

test('a batch token becomes a reference number by itself', async ({ page }) => {
  await page.goto('/services/TR-TREE/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Riverwood Park');
  await continueTo(page, 'Tell us about the problem');
  await page.getByRole('group', { name: /What is the problem/ }).getByLabel('Hanging or broken limb').check();
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByText('Your reference number is on its way')).toBeVisible();
  // Updates wait for the id, and say so (issue 16).
  await expect(page.getByText('You can ask for updates once the city gives this request its reference number.')).toBeVisible();
  // The reference server issues the id 5 s later; the app polls the token with back-off.
  await expect(page.locator('.panel__reference')).toHaveText(/^\d+$/, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Tell me when this changes' })).toBeVisible();
  await page.getByRole('link', { name: 'Follow this request' }).click();
  await expect(page.locator('dl.facts')).toContainText('Tree maintenance');
});

test('forget one request, then all, privately on this device', async ({ page }) => {
  const reference = await send(page, 'Forget me');
  await page.goto('/requests');
  await appReady(page);
  const card = page.locator('.request-card').filter({ hasText: reference });
  await card.getByRole('button', { name: 'Forget this request' }).click();
  await expect(card).toHaveCount(0);
  await send(page, 'Forget me too');
  await page.goto('/requests');
  await appReady(page);
  await page.getByRole('button', { name: 'Forget all requests on this device' }).click();
  await page.getByRole('button', { name: 'Yes, forget them' }).click();
  await expect(page.getByText('You have not sent any requests from this device yet.')).toBeVisible();
});

test('right to left and keyboard only: My requests and a request page in Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const reference = await send(page, 'Arabic view');
  await page.goto('/requests?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page);
  // Keyboard: Tab to the request's link and open it.
  const link = page.locator('.request-card').filter({ hasText: reference }).getByRole('link').first();
  for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('dl.facts')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
