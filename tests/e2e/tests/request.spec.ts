// Request forms against the reference back end, on a phone: every datatype, the error summary,
// nothing lost on reload or language switch, sending offline, a lost answer, a batch token,
// a refusal, and the whole journey by keyboard.
import { test, expect, type Page, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { appReady, expectAccessible, expectPlainText, plain, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const API = '/open311/v2';

/** Requests of a service on the server whose description is `description`. */
async function onServer(request: APIRequestContext, code: string, description: string) {
  const response = await request.get(`${API}/requests.json?service_code=${code}&extensions=true`);
  expect(response.ok()).toBe(true);
  const list = (await response.json()) as any[];
  return list.filter((r) => r.description === description);
}

async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** A unique description, so runs and tests never see each other's requests. */
function unique(text: string) {
  return `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

test('every datatype, from the service page to a reference number, axe clean on every step', async ({ page, request }) => {
  const errors = watchErrors(page);
  const description = unique('Bench slats broken near the pond');
  await page.goto('/services/PC-DAMAGE');
  await appReady(page);
  await page.getByRole('link', { name: /Start your request/ }).click();
  await expect(page).toHaveURL(/\/services\/PC-DAMAGE\/request\/location$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where is it?');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectPlainText(page.locator('.caption'), 'Step 1 of 5');
  await expectAccessible(page);
  await page.getByLabel('Address or place').fill('Kariya Park, 3620 Kariya Drive');
  await continueTo(page, 'Tell us about the problem');

  await page.getByLabel('Describe the problem').fill(description);
  await expectPlainText(page.locator('#description-count'), /You have \d+ characters left/);
  // More than six options: a select. "Something else" shows a required follow-up.
  await expect(page.getByLabel('What is it?')).toHaveCount(0);
  await page.getByLabel(/What is damaged/).selectOption({ label: 'Something else' });
  await page.getByLabel(/What is it\?/).fill('A bike rack');
  await page.getByLabel('How many items are damaged?').fill('2');
  await page.getByLabel('When did you notice it?').fill('2026-11-20T08:30');
  await page.getByLabel(/Since what date/).fill('2026-11-01');
  // Two options: radios; "Yes" shows the city's guidance.
  await expect(page.getByText('If someone is hurt or in danger now, call 911 first.')).toHaveCount(0);
  await page.getByRole('group', { name: /Could someone get hurt/ }).getByLabel('Yes').check();
  await expect(page.getByText('If someone is hurt or in danger now, call 911 first.')).toBeVisible();
  const signs = page.getByRole('group', { name: 'What do you see?' });
  await signs.getByLabel('Broken glass').check();
  await signs.getByLabel('Sharp edges').check();
  await page.getByLabel('It has already been taped off or marked').check();
  await page.getByLabel(/Asset number/).fill('123456');
  await expect(page.getByText('Usually 6 digits on a small metal tag')).toBeVisible();
  await page.getByLabel('Anything else the crew should know?').fill('Two slats missing.\nNails stick out.');
  // variable=false: text to read, not a question.
  await expect(page.getByText('Crews repair damage to city property within 10 business days.')).toBeVisible();
  await expectAccessible(page);
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');

  await expect(page.getByLabel('First name')).toHaveAttribute('autocomplete', 'given-name');
  await expect(page.getByLabel('Email address')).toHaveAttribute('autocomplete', 'email');
  await page.getByLabel('First name').fill('Amal');
  await page.getByLabel('Last name').fill('Haddad');
  await page.getByLabel('Email address').fill('amal@example.com');
  await page.getByLabel('Phone number').fill('905 555 0100');
  await expectAccessible(page);
  await continueTo(page, 'Check your answers before sending');

  const summary = page.locator('dl.summary');
  await expect(summary).toContainText('Kariya Park, 3620 Kariya Drive');
  await expect(summary).toContainText(description);
  await expect(summary).toContainText('Something else');
  await expect(summary).toContainText('A bike rack');
  await expect(summary).toContainText('Broken glass, Sharp edges');
  await expect(summary).toContainText('amal@example.com');
  // Each "Change" link names what it changes.
  await expect(page.getByRole('link', { name: 'Change Description' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change What do you see?' })).toBeVisible();
  await expectAccessible(page);
  // A Change link goes to the question itself, with focus in it, and Continue comes back.
  await page.getByRole('link', { name: 'Change Description' }).click();
  await expect(page.getByLabel('Describe the problem')).toBeFocused();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending');
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(page).toHaveURL(/\/sent\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const reference = plain(await page.locator('.panel__reference').textContent()).trim();
  expect(reference).toMatch(/^\d+$/);
  await expect(page.getByText('Damage that puts people in danger is made safe within 24 hours.')).toBeVisible();

  const [stored] = await onServer(request, 'PC-DAMAGE', description);
  expect(stored.service_request_id).toBe(reference);
  expect(stored.address).toBe('Kariya Park, 3620 Kariya Drive');
  const answers = Object.fromEntries(stored.attributes.map((a: any) => [a.code, a.values]));
  expect(answers.KIND).toEqual(['OTHER']);
  expect(answers.KIND_OTHER).toEqual(['A bike rack']);
  expect(answers.COUNT).toEqual(['2']);
  expect(answers.NOTICED[0]).toMatch(/^2026-11-20T08:30:00[+-]\d\d:\d\d$/);
  expect(answers.SINCE).toEqual(['2026-11-01']);
  expect(answers.DANGER).toEqual(['YES']);
  expect(answers.SIGNS).toEqual(['GLASS', 'EDGES']);
  expect(answers.TAPED).toEqual(['true']);
  expect(answers.ASSET).toEqual(['123456']);
  expect(answers.PROMISE).toBeUndefined();
  // The draft is gone once sent: a new request starts empty.
  await page.goto('/services/PC-DAMAGE/request/details');
  await appReady(page);
  await expect(page.getByLabel('Describe the problem')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('the error summary: focused, titled Error:, links to each field, inline messages, nothing lost', async ({ page }) => {
  await page.goto('/services/RD-POTHOLE/request/details');
  await appReady(page);
  await page.getByLabel(/how wide/i).fill('lots');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect.poll(async () => plain(await page.title())).toMatch(/^Error: Tell us about the problem – /);
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(3);
  await expectPlainText(links.nth(0), /^Answer the question “Where is the pothole\?”\.$/);
  await expect(links.nth(1)).toContainText('must be a number');
  // The link moves focus to the field; the field is described by its error.
  await links.nth(1).click();
  const width = page.getByLabel(/how wide/i);
  await expect(width).toBeFocused();
  await expect(width).toHaveAttribute('aria-invalid', 'true');
  await expect(width).toHaveAccessibleDescription(/Error: The answer to .* must be a number/);
  await expect(width).toHaveValue('lots');
  await expectAccessible(page);
  // Fixing the answers lets the resident through.
  await width.fill('30');
  await page.getByRole('group', { name: /Where is the pothole/ }).getByLabel('In a bike lane').check();
  await page.getByRole('group', { name: /immediate danger/ }).getByLabel('No').check();
  await continueTo(page, /About you|Photos/);
});

test('a reload mid-form keeps every answer and the step', async ({ page }) => {
  await page.goto('/services/LG-LITTER/request');
  await appReady(page);
  await expect(page).toHaveURL(/\/request\/location$/);
  await page.getByLabel('Address or place').fill('Celebration Square');
  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill('Bags left by the fountain');
  const items = page.getByRole('group', { name: /What was left/ });
  await items.getByRole('checkbox').first().check();
  await page.reload();
  await appReady(page);
  await expect(page).toHaveURL(/\/request\/details$/);
  await expect(page.getByLabel('Describe the problem')).toHaveValue('Bags left by the fountain');
  await expect(page.getByRole('group', { name: /What was left/ }).getByRole('checkbox').first()).toBeChecked();
  // Leaving and coming back to the form returns to the same step.
  await page.goto('/services/LG-LITTER/request');
  await expect(page).toHaveURL(/\/request\/details$/);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByLabel('Address or place')).toHaveValue('Celebration Square');
  // Discarding asks first.
  await page.getByRole('button', { name: 'Discard this draft' }).click();
  await page.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(page).toHaveURL(/\/services\/LG-LITTER$/);
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await expect(page.getByLabel('Address or place')).toHaveValue('');
});

test('switching language keeps the draft, in Arabic the form mirrors and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/services/RD-STREETLIGHT/request/details');
  await appReady(page);
  await page.getByLabel('Describe the problem').fill('The light flickers all night');
  await page.getByLabel(/Pole number/).fill('P-1234');
  const picker = page.getByRole('navigation', { name: 'Language' });
  await picker.getByRole('button', { name: 'Language: English' }).click();
  await picker.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Tell us about the problem');
  await expect(page.locator('#description')).toHaveValue('The light flickers all night');
  await expect(page.locator('input[id^="q-"]').first()).toHaveValue('P-1234');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  const arabicPicker = page.getByRole('navigation', { name: 'اللغة' });
  await arabicPicker.getByRole('button', { name: 'اللغة: العربية' }).click();
  await arabicPicker.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#description')).toHaveValue('The light flickers all night');
  // The fields' labels follow the language, not only the heading.
  await expect(page.getByLabel('Décrivez le problème')).toHaveValue('The light flickers all night');
});

async function fillNoQuestions(page: Page, code: string, description: string) {
  await page.goto(`/services/${code}/request/location`);
  await appReady(page);
  await page.getByLabel('Address or place').fill('4141 Living Arts Drive');
  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill(description);
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
}

test('offline: the request waits in the outbox, is sent by itself on reconnect, and only once', async ({ page, context, request }) => {
  const description = unique('Raccoon on the boulevard');
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting to send');
  await expectPlainText(page.locator('main'), 'sent by itself when the connection returns');
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(0);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.locator('.panel__reference')).toHaveText(/\d+/);
  await page.waitForTimeout(500);
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(1);
});

/** Two tabs of the app, the second on My requests, come back online together with a request
 *  waiting and a slow server: it is posted once, and both tabs show the same reference. */
async function twoTabsBackOnline(page: Page, context: BrowserContext, request: APIRequestContext, description: string) {
  const other = await context.newPage();
  await other.goto('/requests');
  await appReady(other);
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting to send');
  // The second tab learns of the waiting request from the first.
  await expect(other.locator('main')).toContainText(description);
  // A slow server: the first tab's POST is still on its way when the second tab looks.
  let posts = 0;
  await context.route(`**${API}/requests.json`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await context.setOffline(false); // both tabs hear `online` together
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  // The second tab shows it sent, with the same reference.
  const reference = plain(await page.locator('.panel__reference').textContent()).trim();
  await expect(other.locator('.request-card', { hasText: description }).locator('.request-card__reference')).toHaveText(reference);
  await page.waitForTimeout(2000);
  expect(posts).toBe(1);
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(1);
  await other.close();
}

test('two tabs back online at the same moment send a waiting request once', async ({ page, context, request }) => {
  await twoTabsBackOnline(page, context, request, unique('Deer on the median'));
});

test('without Web Locks, two tabs back online together still send once: the claim is one IndexedDB transaction', async ({ page, context, request }) => {
  // No Web Locks (an older browser, or one that refuses them): only the claim in IndexedDB
  // (read, decide, mark Sending in one transaction; frontdesk_core::submission::claim, tested
  // for every state natively) stands between the two tabs and a second POST.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true }));
  const probe = await context.newPage();
  await probe.goto('/');
  expect(await probe.evaluate(() => (navigator as any).locks)).toBeUndefined();
  await probe.close();
  await twoTabsBackOnline(page, context, request, unique('Raccoon by the school'));
});

test('records the previous version kept in localStorage move to IndexedDB once: none lost, a waiting one sent once', async ({ page, request }) => {
  const waiting = unique('Skunk under the porch');
  const now = Date.now();
  const record = (local_id: string, description: string, state: object, created: number) => ({
    local_id, service_code: 'CS-DEAD-ANIMAL', service_name: 'Dead animal pickup', description, address: '',
    position: { lat: 43.589045, long: -79.64412 }, service_type: 'realtime',
    body: `service_code=CS-DEAD-ANIMAL&lat=43.589045&long=-79.64412&description=${encodeURIComponent(description)}`,
    photos: [], created_ms: created, state,
  });
  const old = [
    record('old-sent', 'Sent from the old version', { state: 'sent', service_request_id: '424242' }, now - 60_000),
    record('old-waiting', waiting, { state: 'waiting' }, now - 30_000),
    record('old-refused', 'Refused in the old version', { state: 'refused', status: 400, message: 'No' }, now - 20_000),
  ];
  // The previous version's storage, as it was left: set before the app's first load only.
  await page.addInitScript((list) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('frontdesk.v1.submissions', JSON.stringify(list));
    }
  }, old);
  let posts = 0;
  await page.route(`**${API}/requests.json`, (route) => {
    if (route.request().method() === 'POST') posts += 1;
    return route.continue();
  });
  await page.goto('/requests');
  await appReady(page);
  for (const r of old) await expect(page.locator('.request-card', { hasText: r.description })).toBeVisible();
  // The waiting one goes by itself, once; the old list is gone, the new store has all three.
  await expect.poll(async () => (await onServer(request, 'CS-DEAD-ANIMAL', waiting)).length, { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => localStorage.getItem('frontdesk.v1.submissions'))).toBeNull();
  const kept = await page.evaluate(() => new Promise<string[]>((done, fail) => {
    const open = indexedDB.open('frontdesk');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('submissions').objectStore('submissions').getAllKeys();
      all.onsuccess = () => { done((all.result as string[]).sort()); open.result.close(); };
    };
  }));
  expect(kept).toEqual(['old-refused', 'old-sent', 'old-waiting']);
  // A reload reads them from IndexedDB (the old list is not read again) and sends nothing more.
  await page.reload();
  await appReady(page);
  for (const r of old) await expect(page.locator('.request-card', { hasText: r.description })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(posts).toBe(1);
  expect(await onServer(request, 'CS-DEAD-ANIMAL', waiting)).toHaveLength(1);
});

test('storage refused (no IndexedDB): the request is still sent, once, and the page says to write the reference down', async ({ page, request }) => {
  // A browser or setting that refuses the device's storage: nothing can be kept, nothing is lost
  // that had to be, and the resident is told in words.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true }));
  const description = unique('Fox on the footpath');
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.getByRole('alert')).toContainText('This device could not keep a record of this request. Write your reference number down.');
  await expect(page.locator('.panel__reference')).not.toBeEmpty();
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(1);
});

test('the answer to a send is lost: the app finds the request on the server instead of sending it twice', async ({ page, request }) => {
  const description = unique('Dead goose by the lake');
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  let posts = 0;
  await page.route(`**${API}/requests.json`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    await route.fetch(); // the server takes it...
    await route.abort('connectionreset'); // ...and the answer never arrives
  });
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const reference = plain(await page.locator('.panel__reference').textContent()).trim();
  const stored = await onServer(request, 'CS-DEAD-ANIMAL', description);
  expect(stored).toHaveLength(1);
  expect(stored[0].service_request_id).toBe(reference);
  expect(posts).toBe(1);
});

test('when the server cannot be asked either, the app says so, keeps the request and lets the resident decide', async ({ page, request }) => {
  const description = unique('Skunk near the school');
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  await page.route(`**${API}/requests.json*`, (route) => route.abort('connectionreset'));
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not confirm that your request arrived');
  await expectAccessible(page);
  // Nothing is sent again by itself; checking again, once the server answers, settles it.
  await page.unroute(`**${API}/requests.json*`);
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(0);
  await page.getByRole('button', { name: 'Send it again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(1);
});

test('a refusal shows the server words and keeps every answer', async ({ page }) => {
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', 'Refused one');
  await page.route(`**${API}/requests.json`, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({ status: 400, contentType: 'application/json', body: '[{"code":400,"description":"Address is outside the city"}]' })
      : route.continue(),
  );
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { name: "The city's server did not accept this request" })).toBeVisible();
  await expect(page.locator('blockquote')).toHaveText('Address is outside the city');
  await expect(page.locator('dl.summary')).toContainText('Refused one');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
});

// 503: the city is busy; 429: too many requests from this address (frontdesk-server's POST
// limit, or the city's): the same wait, in words, with the draft kept.
for (const status of [503, 429]) test(`a busy server (${status} with Retry-After): the request waits, then goes by itself, once`, async ({ page, request }) => {
  const description = unique('Raccoon on the path');
  await fillNoQuestions(page, 'CS-DEAD-ANIMAL', description);
  let posts = 0;
  await page.route(`**${API}/requests.json`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts += 1;
    if (posts === 1) {
      return route.fulfill({
        status,
        headers: { 'Retry-After': '5' },
        contentType: 'application/json',
        body: `[{"code":${status},"description":"Busy"}]`,
      });
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Send request' }).click();
  // Not refused for good: waiting, with when it goes again.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting to send');
  await expectPlainText(page.locator('.notice--info'), /busy just now.*sent again by itself after/);
  await expectAccessible(page);
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(0);
  // After the server's wait the outbox sends it, and the page follows.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent', { timeout: 20_000 });
  expect(await onServer(request, 'CS-DEAD-ANIMAL', description)).toHaveLength(1);
  expect(posts).toBe(2);
});

test('a batch service: the reference is on its way', async ({ page }) => {
  await page.goto('/services/TR-TREE/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Erindale Park');
  await continueTo(page, 'Tell us about the problem');
  await page.getByRole('group', { name: /What is the problem/ }).getByLabel('Dead or dying tree').check();
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.getByText('Your reference number is on its way')).toBeVisible();
});

test('a definition that fails to load leaves a description-only form', async ({ page }) => {
  await page.route(`**${API}/services/RD-POTHOLE.json*`, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto('/services/RD-POTHOLE/request/details');
  await appReady(page);
  await expectPlainText(page.locator('main'), 'extra questions for this service could not be loaded');
  await expect(page.getByLabel('Describe the problem')).toBeVisible();
});

/** Presses Tab (Shift+Tab with `back`) until `target` has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, back = false) {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

test('the whole journey by keyboard alone', async ({ page, request }) => {
  const description = unique('Keyboard only report');
  await page.goto('/services/CS-DEAD-ANIMAL');
  await appReady(page);
  await tabTo(page, page.getByRole('link', { name: /Start your request/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByLabel('Address or place'));
  await page.keyboard.type('City Hall');
  await page.keyboard.press('Enter'); // submits the step
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us about the problem');
  await tabTo(page, page.getByLabel('Describe the problem'));
  await page.keyboard.type(description);
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photos');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About you');
  await tabTo(page, page.getByLabel('First name'));
  await page.keyboard.type('Kim');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending');
  await tabTo(page, page.getByRole('button', { name: 'Send request' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const stored = await onServer(request, 'CS-DEAD-ANIMAL', description);
  expect(stored).toHaveLength(1);
});

/** A big picture made in the page, as a JPEG carrying an EXIF block with a marker in it. */
async function photoWithExif(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(([w, h]) => {
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#8a3';
    context.fillRect(0, 0, w, h);
    context.fillStyle = '#222';
    context.fillRect(w / 4, h / 4, w / 2, h / 2);
    return canvas.toDataURL('image/jpeg', 0.9);
  }, [width, height]);
  const jpeg = Buffer.from(dataUrl.split(',')[1], 'base64');
  const payload = Buffer.concat([Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0', 'latin1'), Buffer.from('GPS-SECRET-43.5890N-79.6441W', 'latin1')]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

test('photos: made smaller on the phone, EXIF gone, previewed, kept over a reload, sent as media', async ({ page, request }) => {
  const errors = watchErrors(page);
  const description = unique('Pothole with a photo');
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Square One Drive');
  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill(description);
  await continueTo(page, 'Photos');
  await expectPlainText(page.locator('main'), 'You can add up to 3 photos.');
  const photo = await photoWithExif(page, 3200, 2400);
  expect(photo.includes(Buffer.from('GPS-SECRET'))).toBe(true);
  await page.getByLabel('Add a photo').setInputFiles({ name: 'pothole.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(page.getByRole('img', { name: /^Photo \u2068?1\u2069?$/ })).toBeVisible();
  await expectPlainText(page.locator('[role=status][aria-live=polite]').first(), 'Photo added.');
  // Not a picture: said in words, nothing added.
  await page.getByLabel('Add a photo').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a picture') });
  await expectPlainText(page.locator('.field__error'), 'This file is not a photo this service can use');
  await expect(page.getByRole('img')).toHaveCount(1);
  await expectAccessible(page);
  // Kept on the device: a reload shows it again.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('img', { name: /^Photo \u2068?1\u2069?$/ })).toBeVisible();
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await expect(page.locator('dl.summary')).toContainText('One photo');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');

  const [stored] = await onServer(request, 'CS-DEAD-ANIMAL', description);
  // A path on the server, so it shows over https behind a proxy too.
  expect(stored.media_url).toMatch(/^\/media\/.+\.jpg$/);
  const media = await request.get(stored.media_url);
  expect(media.headers()['content-type']).toContain('image/jpeg');
  const bytes = await media.body();
  expect(bytes.includes(Buffer.from('GPS-SECRET'))).toBe(false);
  expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
  const size = await page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
  }, stored.media_url);
  expect(size).toEqual([1600, 1200]);
  expect(bytes.length).toBeLessThan(photo.length);
  // The request's page shows the photo the city keeps.
  await page.getByRole('link', { name: 'Follow this request' }).click();
  await expect(page.getByRole('img', { name: 'The photo sent with the request' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('photos wait in the outbox with the request, and go with it on reconnect', async ({ page, context, request }) => {
  const description = unique('Offline with a photo');
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Port Credit');
  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill(description);
  await continueTo(page, 'Photos');
  await page.getByLabel('Add a photo').setInputFiles({ name: 'a.jpg', mimeType: 'image/jpeg', buffer: await photoWithExif(page, 800, 600) });
  await expect(page.getByRole('img', { name: /^Photo \u2068?1\u2069?$/ })).toBeVisible();
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waiting to send');
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const stored = await onServer(request, 'CS-DEAD-ANIMAL', description);
  expect(stored).toHaveLength(1);
  expect(stored[0].media_url).toMatch(/\.jpg$/);
});
