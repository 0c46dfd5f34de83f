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

// The first paint (issue 18): index.html's shell is in the resident's language before any
// WebAssembly arrives, with lang and dir set, so nobody watches an English page turn into theirs.
// What the first frame with a heading showed is recorded by requestAnimationFrame callbacks
// queued from before the page is parsed (earlier frames have nothing to show yet).
const FIRST_FRAME = () => {
  const look = () => {
    const h = document.documentElement;
    const h1 = document.querySelector('h1');
    if (!h1) return requestAnimationFrame(look);
    (window as any).__firstFrame = { lang: h.lang, dir: h.dir, h1: h1.textContent, title: document.title };
  };
  requestAnimationFrame(look);
};

test('the first paint is Arabic and right to left for an Arabic browser, with the WebAssembly held back', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(FIRST_FRAME);
  await page.route(/\.wasm$/, () => {});
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect.poll(() => page.evaluate(() => (window as any).__firstFrame)).toEqual({
    lang: 'ar', dir: 'rtl', h1: 'خدمات المدينة', title: expect.stringContaining('خدمات المدينة'),
  });
  await expect(page.getByRole('status')).toHaveText('جارٍ التحميل…');
  await expect(page.getByRole('link', { name: 'الانتقال إلى المحتوى الرئيسي' })).toHaveCount(1);
  // The city gave no Arabic name: its English one is marked as English.
  await expect(page.locator('.site-header__home')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await context.close();
});

test('a language chosen on this device wins over the browser\'s from the first paint (the script, not the server)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('frontdesk.v1.language', 'ur'));
  await page.addInitScript(FIRST_FRAME);
  await page.route(/\.wasm$/, () => {});
  const response = await page.goto('/', { waitUntil: 'domcontentloaded' });
  // The server wrote English (what Accept-Language asked for); the script showed Urdu first.
  expect(await response!.text()).toContain('<html lang="en" dir="ltr">');
  await expect.poll(() => page.evaluate(() => (window as any).__firstFrame)).toEqual({
    lang: 'ur', dir: 'rtl', h1: 'شہری خدمات', title: expect.stringContaining('شہری خدمات'),
  });
  await context.close();
});

test('the shell picks the language the app then starts in, for the browsers residents have', async ({ browser }) => {
  const lists = [['fil-PH'], ['yue'], ['zh-TW', 'en'], ['zh-CN'], ['zh'], ['pt-BR'], ['de-DE', 'ar'], ['de'], ['sr-Latn-RS', 'ur-PK'], ['EN-gb'], ['so-SO', 'en']];
  for (const languages of lists) {
    const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' });
    await context.addInitScript((list) => Object.defineProperty(Navigator.prototype, 'languages', { get: () => list }), languages);
    const held = await context.newPage();
    await held.route(/\.wasm$/, () => {});
    await held.goto('/', { waitUntil: 'domcontentloaded' });
    const shell = await held.evaluate(() => document.documentElement.lang);
    const page = await context.newPage();
    await page.goto('/');
    await appReady(page);
    expect(shell, languages.join(',')).toBe(await page.evaluate(() => document.documentElement.lang));
    await context.close();
  }
});

test('without JavaScript the server writes the noscript in the browser\'s language', async ({ request }) => {
  const html = await (await request.get('/', { headers: { 'Accept-Language': 'pl-PL,pl;q=0.9' } })).text();
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
  expect(noscript).toContain('Ten serwis wymaga JavaScriptu');
  expect(noscript).toMatch(/<a href="tel:311">311<\/a>/);
  expect(html).toContain('<html lang="pl" dir="ltr">');
});

test('scripts this machine has no fonts for still lay out: Punjabi and Tamil at 320 px, nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const lang of ['pa', 'ta']) {
    for (const path of ['/', '/services/PC-DAMAGE/request/details']) {
      await page.goto(`${path}?lang=${lang}`);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const outside = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *, header *')]
          .filter((e) => !e.closest('.skip-link, .visually-hidden'))
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)).length;
      });
      expect(outside, `${lang} ${path}`).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    }
  }
});

test('the city\'s own words in several languages: its name and hours in French, its English marked in Arabic; services.ftl wins', async ({ page }) => {
  const config = JSON.parse(await (await page.request.get('/config.json')).text());
  config.city.name = { en: 'City of Mississauga', fr: 'Ville de Mississauga' };
  config.help.hours = { en: 'Always open', fr: 'Toujours ouvert' };
  const catalogue = JSON.parse(await (await page.request.get('/catalogue.json')).text());
  const roads = catalogue.topics.find((t: any) => t.id === 'roads');
  // French's services.ftl translates this topic: it wins over the city's inline French.
  roads.name = { en: roads.name, fr: 'Voirie (texte de la ville)' };
  // A text no translator's file has: the city's inline Spanish shows.
  roads.services.push({ id: 'e2e-desk', name: { en: 'Test desk', es: 'Mostrador de prueba' }, counter: { address: '1 Test Street' } });
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
  await page.route('**/catalogue.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(catalogue) }));

  await page.goto('/?lang=fr');
  await appReady(page);
  await expect(page.getByRole('banner')).toContainText('Ville de Mississauga');
  expect(plain(await page.title())).toContain('Ville de Mississauga');
  const help = page.getByRole('complementary');
  await expect(help).toContainText('Toujours ouvert');
  await expect(help.locator('span[lang]', { hasText: 'Toujours ouvert' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Routes et trottoirs' })).toHaveCount(1);

  await page.goto('/?lang=ar');
  await appReady(page);
  await expect(help.locator('span[lang="en"]', { hasText: 'Always open' })).toHaveCount(1);
  await expect(page.getByRole('banner').locator('[lang="en"]', { hasText: 'City of Mississauga' })).toHaveCount(1);

  await expect(page.getByText('Test desk', { exact: true })).toHaveAttribute('lang', 'en');

  await page.goto('/?lang=es');
  await appReady(page);
  const desk = page.getByText('Mostrador de prueba', { exact: true });
  await expect(desk).toHaveCount(1);
  await expect(desk).not.toHaveAttribute('lang', /.+/);
  await expectAccessible(page);
});
