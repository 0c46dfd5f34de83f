// The accessibility statement shows the facts of public/accessibility.json (served as
// /accessibility.json; `make audit` checks that file against its conformance report): the
// standard, whether the service meets it fully or partly, the last audit, what does not conform
// and what waits for a person, in the resident's language; and when the file cannot be had, says
// so in words while the rest of the statement (how to report a problem, other ways) stays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectAccessible, expectPlainText, plain, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const SHIPPED = JSON.parse(readFileSync(join(__dirname, '../../../public/accessibility.json'), 'utf8'));
const STATEMENT = {
  standard: { version: '2.2', level: 'AA' },
  last_audit: { date: '2026-11-15', commit: '0123abc', languages: 18, scans: 792, failed: 3 },
  not_conforming: [{ criterion: '1.4.10', message: 'a11y-gap-screen-readers' }],
  awaiting_review: ['2.4.6', '3.3.3'],
  other_gaps: ['a11y-gap-server-text'],
};

async function serveStatement(page: Page, statement: unknown, status = 200) {
  await page.route('**/accessibility.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: typeof statement === 'string' ? statement : JSON.stringify(statement) }));
}

test('the shipped statement: every criterion it lists and the last audit are on the page', async ({ page }) => {
  await page.goto('/accessibility');
  const main = page.getByRole('main');
  await expectPlainText(main, `version ${SHIPPED.standard.version} at level ${SHIPPED.standard.level}`);
  const day = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${SHIPPED.last_audit.date}T00:00:00Z`));
  await expectPlainText(main, `Our last full check was on ${day}`);
  await expectPlainText(main, `${SHIPPED.last_audit.scans} page checks`);
  for (const criterion of SHIPPED.awaiting_review) await expectPlainText(main, criterion);
  await expectPlainText(main, SHIPPED.awaiting_review.length ? 'It partially meets that standard' : 'It fully meets that standard');
  // How to report a problem and get the information another way: the city's phone and counter.
  await expect(page.getByRole('heading', { name: 'Get this information another way' })).toBeVisible();
  await expectPlainText(main, 'call 311 and we will help');
  await expectPlainText(main, 'You can also come to 300 City Centre Drive, Mississauga.');
  await expectAccessible(page);
});

test('a statement with failures: each failing criterion with its sentence, the wait for review, partly met', async ({ page }) => {
  await serveStatement(page, STATEMENT);
  await page.goto('/accessibility');
  const main = page.getByRole('main');
  await expectPlainText(main, 'It partially meets that standard');
  await expectPlainText(main, 'Our last full check was on November 15, 2026');
  await expectPlainText(main, '3 of its 792 page checks found a problem.');
  await expectPlainText(main, 'These parts do not yet meet the standard:');
  await expectPlainText(page.getByRole('main').getByRole('listitem').first(), 'WCAG 1.4.10: The service has not yet been tested by people using screen readers');
  await expectPlainText(main, 'These 2 success criteria still need a person to check them, because automated tests cannot fully judge them: 2.4.6 and 3.3.3.');
  await expectAccessible(page);
});

test('nothing failing and nothing waiting: fully met', async ({ page }) => {
  await serveStatement(page, { ...STATEMENT, last_audit: { ...STATEMENT.last_audit, failed: 0 }, not_conforming: [], awaiting_review: [] });
  await page.goto('/accessibility');
  const main = page.getByRole('main');
  await expectPlainText(main, 'It fully meets that standard.');
  await expectPlainText(main, 'None of its 792 page checks found a problem.');
  expect(plain(await main.textContent())).not.toContain('These parts do not yet meet the standard');
  expect(plain(await main.textContent())).not.toContain('still need a person');
});

test('in Arabic, right to left: the facts in Arabic, the date and the list as Arabic writes them', async ({ page }) => {
  await serveStatement(page, STATEMENT);
  await page.goto('/accessibility?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const main = page.getByRole('main');
  const day = new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-15T00:00:00Z'));
  const list = new Intl.ListFormat('ar', { type: 'conjunction' }).format(['2.4.6', '3.3.3']);
  await expectPlainText(main, day);
  await expectPlainText(main, list);
  await expectPlainText(main, '1.4.10');
  expect(plain(await main.textContent())).not.toContain('partially meets');
  expect(plain(await main.textContent())).not.toContain('November');
  await expectAccessible(page);
});

test('the file cannot be had or read: said in words, Try again, and the rest of the statement stays', async ({ page }) => {
  let broken = true;
  await page.route('**/accessibility.json', (route) => (broken
    ? route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...STATEMENT, last_audit: { ...STATEMENT.last_audit, date: '2026-02-30' } }) })
    : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(STATEMENT) })));
  await page.goto('/accessibility');
  const alert = page.getByRole('main').getByRole('alert');
  await expectPlainText(alert, 'you can call us to hear the results of our last check');
  await expect(page.getByRole('heading', { name: 'Report a problem with this service' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get this information another way' })).toBeVisible();
  await expectAccessible(page);
  broken = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expectPlainText(page.getByRole('main'), 'WCAG 1.4.10');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('the server is down: says so, with the rest of the statement', async ({ page }) => {
  await page.route('**/accessibility.json', (route) => route.abort('connectionrefused'));
  await page.goto('/accessibility');
  await expectPlainText(page.getByRole('main').getByRole('alert'), 'you can call us');
  await expectPlainText(page.getByRole('main'), 'tell us what you were doing and what went wrong');
});
