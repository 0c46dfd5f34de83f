// Shared by every spec: the WCAG 2.2 AA scan and a guard against console errors.
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the rule ids and the offending elements when axe finds any WCAG 2.2 AA violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Collects uncaught exceptions and console errors; call `expect(errors).toEqual([])` at the end. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Waits until the app (not the static shell) is mounted. */
export async function appReady(page: Page) {
  await expect(page.locator('aside.help')).toBeVisible();
}

/** Text without the Unicode isolation marks Fluent puts around variables. */
export function plain(text: string | null): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/** Waits until the locator's text, without isolation marks, contains `expected`. */
export async function expectPlainText(locator: Locator, expected: string | RegExp) {
  await expect.poll(async () => plain(await locator.textContent())).toMatch(
    typeof expected === 'string' ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : expected,
  );
}

/** Content Security Policy and Trusted Types violations a page reported (issue 14). */
const violations = new WeakMap<Page, { list: string[]; allowed: boolean }>();

async function watchViolations(page: Page) {
  const watch = { list: [] as string[], allowed: false };
  violations.set(page, watch);
  // The browser's console message, and the event (which a report endpoint would get).
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted ?Type|securitypolicyviolation/i.test(m.text())) watch.list.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return watch;
}

/** For a test that provokes violations on purpose (in a spec that calls
 *  `scanEveryPageTestEndsOn`): they are collected, not failed on. */
export function allowViolations(page: Page): string[] {
  const watch = violations.get(page);
  if (!watch) throw new Error('allowViolations needs scanEveryPageTestEndsOn() in the spec');
  watch.allowed = true;
  return watch.list;
}

/** Scans whatever page a test ends on, so every page state the tests reach is checked, and
 *  fails a test whose pages broke the Content Security Policy or Trusted Types. */
export function scanEveryPageTestEndsOn() {
  test.beforeEach(async ({ page }) => {
    await watchViolations(page);
  });
  test.afterEach(async ({ page }) => {
    if (page.url().startsWith('http')) await expectAccessible(page);
    const watch = violations.get(page);
    if (watch && !watch.allowed) expect(watch.list, `policy violations on ${page.url()}`).toEqual([]);
  });
}
