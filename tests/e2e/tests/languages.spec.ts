// The cities' languages (issue 18): eighteen in the picker, usable on a 320 px phone and by
// keyboard; plurals chosen per language (Polish and Arabic counts); a language the browser's
// Intl does not know (Hmong) writes dates as numbers, never English words; browsers that say
// `fil` or `yue` get Tagalog and Traditional Chinese.
import { test, expect, type Page } from '@playwright/test';
import { appReady, expectAccessible, plain, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const EIGHTEEN = [
  ['en', 'English'], ['fr', 'Français'], ['es', 'Español'], ['ar', 'العربية'], ['ur', 'اردو'],
  ['zh-Hans', '简体中文'], ['zh-Hant', '繁體中文'], ['pa', 'ਪੰਜਾਬੀ'], ['pl', 'Polski'], ['tl', 'Tagalog'],
  ['pt', 'Português'], ['vi', 'Tiếng Việt'], ['ta', 'தமிழ்'], ['ko', '한국어'], ['hi', 'हिन्दी'],
  ['gu', 'ગુજરાતી'], ['hmn', 'Hmoob'], ['so', 'Soomaali'],
];

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Boxes pushed off either edge, not only scrollWidth (which misses the start edge in rtl).
    return [...document.querySelectorAll('header *')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)).length;
  });
  expect(overflow, 'header boxes outside the viewport').toBe(0);
}

test('eighteen languages in the picker fit a 320 px phone, by keyboard, left to right and right to left', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const lang of ['en', 'ar']) {
    await page.goto(`/?lang=${lang}`);
    await appReady(page);
    const toggle = page.locator('#language_toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const links = page.locator('#language_list a');
    await expect(links).toHaveCount(18);
    for (const [code, name] of EIGHTEEN) {
      const link = page.locator(`#language_list a[lang="${code}"]`);
      await expect(link).toHaveText(name);
      await expect(link).toHaveAttribute('hreflang', code);
    }
    await expect(page.locator(`#language_list a[aria-current="true"]`)).toHaveAttribute('lang', lang);
    await noSidewaysScroll(page);
    await expectAccessible(page);
    // Every language is reached by Tab, in order, and Escape returns to the button.
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  }
});

/** The search's count sentence for `query`, and how many services it found. */
async function countFor(page: Page, lang: string, query: string) {
  await page.goto(`/?lang=${lang}&q=${encodeURIComponent(query)}`);
  await appReady(page);
  const sentence = page.locator('.results__count');
  await expect(sentence).not.toBeEmpty();
  const found = await page.locator('.results__count + ul.entries > li').count();
  const category = await page.evaluate(([l, n]) => new Intl.PluralRules(l as string).select(n as number), [lang, found]);
  return { text: plain(await sentence.textContent()), found, category };
}

test('counts take each language\'s plural forms: Polish and Arabic', async ({ page }) => {
  const polish: Record<string, RegExp> = { one: /jedną usługę/, few: /usługi pasujące/, many: /usług pasujących/ };
  const arabic: Record<string, RegExp> = { zero: /لا توجد خدمات/, one: /خدمة واحدة/, two: /خدمتان/, few: /\d+ خدمات تطابق/, many: /\d+ خدمةً/, other: /\d+ خدمة تطابق/ };
  const seen = { pl: new Set<string>(), ar: new Set<string>() };
  for (const query of ['pothole', 'tree', 'road', 'park', 'sign', 'a']) {
    for (const [lang, forms] of [['pl', polish], ['ar', arabic]] as const) {
      const { text, found, category } = await countFor(page, lang, query);
      if (found === 0) continue;
      expect(text, `${lang} "${query}": ${found} found (${category})`).toMatch(forms[category]);
      if (!['zero', 'one', 'two'].includes(category)) expect(text).toContain(String(found));
      seen[lang].add(category);
    }
  }
  // The queries reach more than one form in each language.
  expect(seen.pl.size, [...seen.pl].join()).toBeGreaterThan(1);
  expect(seen.ar.size, [...seen.ar].join()).toBeGreaterThan(1);
});

test('Hmong, which the browser cannot write dates in, gets numeric dates, not English words', async ({ page }) => {
  const response = await page.request.post('/open311/v2/requests.json', {
    form: { service_code: 'CS-DEAD-ANIMAL', address_string: 'Mavis Road', description: 'Hmoob' },
  });
  const id = (await response.json())[0].service_request_id;
  await page.goto(`/requests/${id}?lang=hmn`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'hmn');
  const facts = plain(await page.locator('dl.facts').textContent());
  expect(facts).toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(facts).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|\b(AM|PM)\b/);
  await expectAccessible(page);
});

test('a browser asking for Filipino gets Tagalog, one asking for Cantonese gets Traditional Chinese', async ({ browser }) => {
  for (const [locale, lang] of [['fil-PH', 'tl'], ['yue-HK', 'zh-Hant'], ['zh-HK', 'zh-Hant']]) {
    const context = await browser.newContext({ locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  }
});
