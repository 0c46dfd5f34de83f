// Languages: the picker, right to left, the address and the browser choosing, the choice
// remembered, and the pseudo-locale proving every word of the interface comes from Fluent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { appReady, expectAccessible, plain, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
}

test('the picker switches to Arabic without a reload: rtl, Arabic title and h1, axe clean, remembered', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await appReady(page);
  const picker = page.getByRole('navigation', { name: 'Language' });
  // A button with the language in use opens the list; nothing switches before a choice.
  const toggle = picker.getByRole('button', { name: 'Language: English' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(picker.getByRole('link')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (const [code, name] of [['en', 'English'], ['fr', 'Français'], ['es', 'Español'], ['ar', 'العربية'], ['ur', 'اردو'], ['zh-Hans', '简体中文']]) {
    await expect(picker.getByRole('link', { name, exact: true })).toHaveAttribute('lang', code);
  }
  await expect(picker.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page);
  // Escape closes it and returns to the button.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await toggle.click();
  await page.evaluate(() => ((window as any).__sameDocument = true));

  await picker.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('خدمات المدينة');
  await expect.poll(async () => plain(await page.title())).toBe('خدمات المدينة – City of Mississauga');
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true); // no reload
  // The list closed with the choice; focus is back on the button, which names the new language.
  const arabicToggle = page.getByRole('navigation', { name: 'اللغة' }).getByRole('button', { name: 'اللغة: العربية' });
  await expect(arabicToggle).toBeFocused();
  await arabicToggle.click();
  await expect(page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'العربية' })).toHaveAttribute('aria-current', 'true');
  await noSidewaysScroll(page);
  await expectAccessible(page);

  // Remembered on this device: a new visit starts in Arabic.
  await page.goto('/accessibility');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('بيان إمكانية الوصول');
  await noSidewaysScroll(page);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('Urdu at 390 px: right to left, nothing overflows, axe clean on every page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/?lang=ur', '/accessibility', '/no/such/page']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await noSidewaysScroll(page);
    await expectAccessible(page);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('صفحہ نہیں ملا');
});

test('?lang= in a link chooses the language and is remembered like a choice', async ({ page }) => {
  await page.goto('/accessibility?lang=fr');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclaration d’accessibilité');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.goto('/');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Services municipaux');
  await expectAccessible(page);
});

test.describe('a browser set to Spanish (Mexico)', () => {
  test.use({ locale: 'es-MX' });
  test('gets Spanish without choosing', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servicios municipales');
    await expect(page.getByRole('link', { name: 'Saltar al contenido principal' })).toHaveCount(1);
  });
});

test.describe('a browser set to German, which is not offered', () => {
  test.use({ locale: 'de-DE' });
  test('gets the default, English', async ({ page }) => {
    await page.goto('/');
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a missing translation file falls back to English, not a blank page', async ({ page }) => {
  await page.route('**/locales/fr/main.ftl', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/?lang=fr');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City services');
});

/** Words of plain ASCII letters in the page's text, outside data (settings, server text,
 *  language names) and outside Fluent's isolated variables. */
async function untranslatedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-external], script, style, noscript')) continue;
      const text = (node.textContent ?? '').replace(/\u2068[^\u2069]*\u2069/g, ' ');
      words.push(...(text.match(/[A-Za-z]{2,}/g) ?? []));
    }
    return words;
  });
}

test('pseudo-locale en-XA: no plain English word of the interface remains on any page', async ({ page }) => {
  for (const path of ['/?lang=en-XA', '/services/RD-POTHOLE', '/?q=tree', '/?q=xylophone', '/services/NO-SUCH', '/services/PC-DAMAGE/request/location', '/services/PC-DAMAGE/request/details', '/services/PC-DAMAGE/request/about-you', '/services/PC-DAMAGE/request/check', '/sent/nothing', '/requests', '/requests/999999999', '/accessibility', '/no/such/page']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    expect(await untranslatedWords(page), path).toEqual([]);
  }
  // The check can fail: an English literal added to the page is found.
  await page.evaluate(() => document.querySelector('main')!.append(document.createTextNode('Hardcoded words')));
  expect(await untranslatedWords(page)).toEqual(['Hardcoded', 'words']);
});

/** A main.ftl's one-line messages without variables: id -> text. */
function simpleMessages(lang: string): Map<string, string> {
  const text = readFileSync(join(__dirname, `../../../locales/${lang}/main.ftl`), 'utf8');
  return new Map([...text.matchAll(/^([a-z][a-z0-9-]*) = ([^{\n]+)$/gm)].map((m) => [m[1], m[2].trim()]));
}

const LANGUAGES = JSON.parse(readFileSync(join(__dirname, '../../../locales/languages.json'), 'utf8')) as { code: string }[];

/** Which of `sentences` the page shows (text and accessible labels), outside data. */
async function englishOn(page: Page, sentences: string[]): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('[data-external], script, style, noscript')) parts.push(node.textContent ?? '');
    }
    for (const e of document.querySelectorAll('[aria-label], [placeholder]')) parts.push(`${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''}`);
    return parts.join('\n');
  });
  return sentences.filter((sentence) => shown.includes(sentence));
}

// The pseudo-locale proves every word comes from Fluent; this walk proves each real language has
// them: no English sentence of the interface on the way in, in any of the eighteen.
test('every language: no English interface sentence on the catalogue, a form step, My requests or the statement', async ({ page }) => {
  const english = simpleMessages('en');
  for (const { code } of LANGUAGES.filter((l) => l.code !== 'en')) {
    const theirs = simpleMessages(code);
    // English sentences this language says differently: a term its translator kept in English
    // on purpose (Tagalog's "Reference number ng kahilingan") is not one.
    const sentences = [...english].filter(([id, text]) => text.includes(' ') && text.length >= 8 && !(theirs.get(id) ?? '').includes(text)).map(([, text]) => text);
    for (const path of ['/', '/services/PC-DAMAGE/request/details', '/requests', '/accessibility']) {
      await page.goto(`${path}?lang=${code}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      expect(await englishOn(page, sentences), `${code} ${path}`).toEqual([]);
    }
  }
  // The check can fail: an English sentence of the interface on the page is found.
  const sentence = english.get('catalogue-lead')!;
  await page.evaluate((text) => document.querySelector('main')!.append(document.createTextNode(text)), sentence);
  expect(await englishOn(page, [sentence, english.get('skip-link')!])).toEqual([sentence]);
});

test('pseudo-locale ar-XB mirrors the layout right to left', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=ar-XB');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
  // Right to left: the heading starts at the right edge.
  expect(h1!.x + h1!.width).toBeGreaterThan(390 - 40);
  await noSidewaysScroll(page);
});
