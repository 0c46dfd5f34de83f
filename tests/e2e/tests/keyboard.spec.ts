// Keyboard alone: the skip link is the first stop and visible when focused, it moves focus to
// main, and following a link by keyboard puts focus on the new page's h1.
import { test, expect } from '@playwright/test';
import { appReady, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

test('skip link: first Tab stop, visible on focus, moves focus to main', async ({ page }) => {
  await page.goto('/accessibility');
  await appReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/accessibility$/); // the fragment is not a navigation
  // The next Tab lands after the skip link and header: inside or after main, never back at the top.
  await page.keyboard.press('Tab');
  const inHeader = await page.evaluate(() => !!document.activeElement?.closest('header'));
  expect(inHeader).toBe(false);
});

test('following a link by keyboard focuses the new page h1', async ({ page }) => {
  await page.goto('/no/such/page');
  await appReady(page);
  // Tab until the footer link has focus (skip link, header link, languages, the way home, phone links, footer link).
  const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' });
  for (let i = 0; i < 20 && !(await footerLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(footerLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeFocused();
});
