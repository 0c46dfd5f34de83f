// Proves the accessibility scan can fail: inject known violations into a real page and check
// that axe reports them. If this passes while the scans pass, the scans are really looking.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { appReady, WCAG22_AA } from './support';

test('axe reports low contrast and too-small targets (WCAG 2.2 target-size)', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const p = document.createElement('p');
    p.textContent = 'Pale text';
    p.style.color = '#dddddd';
    main.append(p);
    for (const name of ['A', 'B']) {
      const b = document.createElement('button');
      b.textContent = name;
      b.style.cssText = 'width:10px;height:10px;padding:0;margin:0;font-size:6px;border:0';
      main.append(b);
    }
  });
  const results = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
  const ids = results.violations.map((v) => v.id);
  expect(ids).toContain('color-contrast');
  expect(ids).toContain('target-size');
});
