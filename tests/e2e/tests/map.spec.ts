// The map in the location step (issue 15), on a phone against the reference back end (its demo
// tiles and geocoder, and its nearby extension): a pin placed by keyboard alone and by a tap,
// every move said in words, the request carrying the pin's lat/long, outside the city refused,
// tiles failing, no map when config.json says none, a request already reported nearby followed
// instead of sending, and the map in Arabic. axe runs on the page each test ends on.
import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import { appReady, expectAccessible, expectPlainText, plain, watchErrors, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();

const API = '/open311/v2';
const CENTER = { lat: 43.589, long: -79.644 };

function unique(text: string) {
  return `${text} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

function theMap(page: Page) {
  return page.getByRole('application', { name: /put the pin where the problem is/ });
}

/** The pin as the draft keeps it (what is sent). */
async function draftPosition(page: Page, code: string): Promise<{ lat: number; long: number } | null> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text).position ?? null : null;
  }, `frontdesk.v1.draft.${code}`);
}

/** Presses Tab until the map has focus (keyboard only, as a resident would). */
async function tabToTheMap(page: Page) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('application').evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the map');
}

async function continueTo(page: Page, heading: string | RegExp) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('a pin placed by keyboard alone is said in words, kept on reload, checked, and sent to 6 decimals', async ({ page, request }) => {
  const errors = watchErrors(page);
  const description = unique('Dead raccoon on the path behind the library');
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await expect(theMap(page)).toBeVisible();
  await expect(page.locator('.map__tile').first()).toBeVisible();
  await expectAccessible(page);
  await tabToTheMap(page);
  const said = page.locator('.map__said');
  // The first arrow puts the pin in the middle of the map; the next ones move it.
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.map__pin')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectPlainText(said, /^The pin is about \d+ metres (east|north-east|south-east) of where the map opened\.$|^The pin is near /);
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expectPlainText(said, /^The pin is about \d+ metres north-east of where the map opened\.$|^The pin is near /);
  // + zooms, and says so.
  await page.keyboard.press('+');
  await expectPlainText(said, /^Zoom level \d+ of 19\.$/);
  const placed = await draftPosition(page, 'CS-DEAD-ANIMAL');
  expect(placed).not.toBeNull();
  expect(placed!.lat).toBeGreaterThan(CENTER.lat);
  expect(placed!.long).toBeGreaterThan(CENTER.long);
  await expect(theMap(page)).toBeFocused();
  await expectAccessible(page);

  // Nothing is lost on reload: the pin is where it was.
  await page.reload();
  await appReady(page);
  await expect(page.locator('.map__pin')).toBeVisible();
  expect(await draftPosition(page, 'CS-DEAD-ANIMAL')).toEqual(placed);
  await expectPlainText(page.locator('.locate__status'), `The pin on the map: ${placed!.lat.toFixed(5)}, ${placed!.long.toFixed(5)}.`);

  await continueTo(page, 'Tell us about the problem');
  await page.getByLabel('Describe the problem').fill(description);
  await continueTo(page, 'Photos');
  await continueTo(page, 'About you');
  await continueTo(page, 'Check your answers before sending');
  await expectPlainText(page.locator('dl.summary'), `The pin on the map: ${placed!.lat.toFixed(5)}, ${placed!.long.toFixed(5)}.`);
  await expect(page.getByRole('link', { name: /^Change (Where|Location|Place)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');

  const response = await request.get(`${API}/requests.json?service_code=CS-DEAD-ANIMAL`);
  const [stored] = ((await response.json()) as any[]).filter((r) => r.description === description);
  expect(Number(stored.lat).toFixed(6)).toBe(placed!.lat.toFixed(6));
  expect(Number(stored.long).toFixed(6)).toBe(placed!.long.toFixed(6));
  expect(errors).toEqual([]);
});

test('a tap puts the pin there; the buttons move and zoom it; the geocoder names the place and finds an address', async ({ page }) => {
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  const map = theMap(page);
  const box = (await map.boundingBox())!;
  // A tap above and to the right of the middle: north-east of where the map opened.
  const tap = { x: box.width / 2 + 40, y: box.height / 2 - 30 };
  await map.click({ position: tap });
  const placed = await draftPosition(page, 'LG-LITTER');
  // The pin's tip is where the finger was (Playwright's position is inside the border).
  // Measured after the click, which may have scrolled the page.
  const pin = (await page.locator('.map__pin').boundingBox())!;
  const frame = (await map.boundingBox())!;
  const border = await map.evaluate((el) => ({ left: el.clientLeft, top: el.clientTop }));
  expect(Math.abs(pin.x + pin.width / 2 - (frame.x + border.left + tap.x))).toBeLessThan(1.5);
  expect(Math.abs(pin.y + pin.height - (frame.y + border.top + tap.y))).toBeLessThan(1.5);
  expect(placed!.lat).toBeGreaterThan(CENTER.lat);
  expect(placed!.long).toBeGreaterThan(CENTER.long);
  const said = page.locator('.map__said');
  await expectPlainText(said, /^The pin is about \d+ metres north-east of where the map opened\.$|^The pin is near /);
  // Within 300 m of the Civic Centre, the demo geocoder suggests its address.
  await expectPlainText(said, /^The pin is near .*City Centre Drive/);
  await page.getByRole('button', { name: 'Use this address' }).click();
  await expect(page.getByLabel('Address or place')).toHaveValue(/City Centre Drive/);
  await expect(page.getByLabel('Address or place')).toBeFocused();

  // Buttons do what the keys do; each is at least 44 px.
  const west = page.getByRole('button', { name: 'Move the pin west' });
  for (const name of ['Zoom in', 'Zoom out', 'Move the pin north', 'Move the pin south', 'Move the pin east', 'Move the pin west']) {
    const b = (await page.getByRole('button', { name }).boundingBox())!;
    expect(b.width, name).toBeGreaterThanOrEqual(44);
    expect(b.height, name).toBeGreaterThanOrEqual(44);
  }
  await west.click();
  expect((await draftPosition(page, 'LG-LITTER'))!.long).toBeLessThan(placed!.long);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expectPlainText(said, /^Zoom level \d+ of 19\.$/);

  // A typed address, shown on the map: the pin goes there (the demo's Square One).
  const before = await draftPosition(page, 'LG-LITTER');
  await page.getByLabel('Address or place').fill('Square One');
  await page.getByRole('button', { name: 'Show the address on the map' }).click();
  await expectPlainText(said, /^Found .*City Centre Drive.*\. The pin is there\.$/);
  const found = await draftPosition(page, 'LG-LITTER');
  expect(found).not.toEqual(before);
  expect(found!.lat).toBeCloseTo(43.5932, 4);
  expect(found!.long).toBeCloseTo(-79.6424, 4);
  await expectAccessible(page);
});

test('a place outside the city is refused with the city’s name, by tap and by the device’s location', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 43.6534, longitude: -79.3839 }); // Toronto City Hall
  // The map's piece comes late: the device's place arrives before the map does, and the map
  // must still open on the city, not on the refused place.
  await page.route('**/split_map-*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await page.getByRole('button', { name: 'Use my current location' }).click();
  await expect(theMap(page)).toBeVisible();
  const said = page.locator('.map__said');
  await expectPlainText(said, 'That place is outside City of Mississauga. Put the pin inside the city, or call 311.');
  await expect.poll(() => draftPosition(page, 'LG-LITTER')).toBeNull();
  // Zoomed right out, the map's left edge is west of the city.
  const map = theMap(page);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  while ((await zoomOut.getAttribute('aria-disabled')) !== 'true') await zoomOut.click();
  await expectPlainText(said, 'Zoom level 10 of 19.');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: 3, y: box.height / 2 } });
  await expectPlainText(said, /^That place is outside City of Mississauga\./);
  expect(await draftPosition(page, 'LG-LITTER')).toBeNull();
  // The step still works with an address.
  await page.getByLabel('Address or place').fill('4141 Living Arts Drive');
  await continueTo(page, 'Tell us about the problem');
});

test('tiles that fail to load: the map says so and the step still works', async ({ page }) => {
  await page.route('**/tiles/**', (route) => route.abort('connectionrefused'));
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await expect(page.getByText('Part of the map could not be loaded. You can still put the pin, type an address or use your location.')).toBeVisible();
  await tabToTheMap(page);
  await page.keyboard.press('ArrowDown');
  expect(await draftPosition(page, 'LG-LITTER')).not.toBeNull();
  await expectAccessible(page);
  await continueTo(page, 'Tell us about the problem');
});

test('map: null keeps the step as it was, and the map’s code is never fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.route('**/config.json', async (route) => {
    const config = await (await route.fetch()).json();
    await route.fulfill({ json: { ...config, map: null } });
  });
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await expect(page.getByLabel('Address or place')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use my current location' })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(theMap(page)).toHaveCount(0);
  await expect(page.locator('.map-slot')).toHaveCount(0);
  expect(fetched.filter((p) => /split_map|map\.css|\/tiles\//.test(p))).toEqual([]);
  await page.getByLabel('Address or place').fill('4141 Living Arts Drive');
  await continueTo(page, 'Tell us about the problem');
});

/** Posts a request for `code` at `at` straight to the reference back end; its id. */
async function reported(request: APIRequestContext, code: string, description: string, at: { lat: number; long: number }) {
  const response = await request.post(`${API}/requests.json`, {
    form: { service_code: code, description, lat: String(at.lat), long: String(at.long), 'attribute[ITEMS][]': 'BAGS' },
  });
  expect(response.status()).toBe(201);
  return String(((await response.json()) as any[])[0].service_request_id);
}

for (const style of ['radius', 'bbox']) test(`a request already reported nearby (${style}) is followed instead of sending: no POST reaches the server`, async ({ page, request }) => {
  if (style === 'bbox') {
    await page.route('**/config.json', async (route) => {
      const config = await (await route.fetch()).json();
      await route.fulfill({ json: { ...config, open311: { ...config.open311, nearby: 'bbox' } } });
    });
  }
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/requests.json?')) asked.push(new URL(r.url()).search); });
  const theirs = unique('Six garbage bags dumped by the bus shelter');
  const id = await reported(request, 'LG-LITTER', theirs, { lat: CENTER.lat + 0.0004, long: CENTER.long + 0.0003 });
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Near the bus shelter');
  await tabToTheMap(page);
  await page.keyboard.press('ArrowUp');
  const section = page.getByRole('region', { name: 'Already reported nearby' });
  await expect(section).toBeVisible();
  const item = section.getByRole('listitem').filter({ hasText: theirs });
  await expectPlainText(item, /\d+ metres away/);
  await expect(item).toContainText('Reported today');
  await expect(item).toContainText(id);
  await expect(page.locator('.map__marker').first()).toBeVisible();
  await expectAccessible(page);
  // "No" puts the focus back on the button that asked.
  await item.getByRole('button', { name: 'Follow this one instead' }).click();
  await item.getByRole('button', { name: 'No, keep my request' }).click();
  await expect(item.getByRole('button', { name: 'Follow this one instead' })).toBeFocused();
  await item.getByRole('button', { name: 'Follow this one instead' }).click();
  const question = item.locator('[id^="nearby-question-"]');
  await expectPlainText(question, `Follow request ${id} instead of sending yours?`);
  await expect(question).toBeFocused();
  await expectAccessible(page);
  await item.getByRole('button', { name: 'Yes, follow it' }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
  await expect.poll(() => draftPosition(page, 'LG-LITTER')).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('frontdesk.v1.draft.LG-LITTER'))).toBeNull();
  await page.goto('/requests');
  await appReady(page);
  const card = page.locator('.request-card').filter({ hasText: id });
  await expect(card).toContainText('Following since');
  expect(posts).toEqual([]);
  // The city was asked with the extension config.json names.
  expect(asked.some((q) => (style === 'bbox' ? /[?&]bbox=-79\.\d+,43\.\d+,-79\.\d+,43\.\d+/ : /[?&]radius=150\b/).test(q)), asked.join(' ')).toBe(true);
});

test('“Use my location” moves the map and the pin there, and moves are then said from the device', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 43.5931, longitude: -79.6424, accuracy: 12 }); // Square One
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await page.getByRole('button', { name: 'Use my current location' }).click();
  await expectPlainText(page.locator('.locate__status'), /^Your location: 43\.59310, -79\.64240/);
  // The pin is in the middle of the map.
  const map = (await theMap(page).boundingBox())!;
  const pin = (await page.locator('.map__pin').boundingBox())!;
  expect(Math.abs(pin.x + pin.width / 2 - (map.x + map.width / 2))).toBeLessThan(4);
  await page.getByRole('button', { name: 'Move the pin south' }).click();
  await expectPlainText(page.locator('.map__said'), /^The pin is about \d+ metres south of your location\.$|^The pin is near /);
  await expectAccessible(page);
});

test('“Mine is different” continues the form', async ({ page, request }) => {
  await reported(request, 'LG-LITTER', unique('Dumped mattress'), CENTER);
  await page.goto('/services/LG-LITTER/request/location');
  await appReady(page);
  await tabToTheMap(page);
  await page.keyboard.press('ArrowUp');
  const section = page.getByRole('region', { name: 'Already reported nearby' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: 'Mine is different: continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tell us about the problem');
});

test('in Arabic the controls follow the page and the map is not mirrored', async ({ page }) => {
  // No address near the pin: the words are the app's own, all Arabic.
  await page.route('**/geocode/reverse*', (route) => route.fulfill({ json: { error: 'Unable to geocode' } }));
  await page.goto('/services/LG-LITTER/request/location?lang=ar');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const map = page.getByRole('application');
  await expect(map).toHaveAttribute('dir', 'ltr');
  // West stays on the left, east on the right.
  const west = (await page.getByRole('button', { name: 'حرّك الدبوس غربًا' }).boundingBox())!;
  const east = (await page.getByRole('button', { name: 'حرّك الدبوس شرقًا' }).boundingBox())!;
  expect(west.x).toBeLessThan(east.x);
  // The zoom buttons follow the page: on the right, where an Arabic reader starts.
  const zoom = (await page.getByRole('button', { name: 'تكبير', exact: true }).boundingBox())!;
  expect(zoom.x).toBeGreaterThan(west.x);
  await tabToTheMap(page);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  const said = page.locator('.map__said');
  await expectPlainText(said, /^يقع الدبوس على بُعد نحو \d+ م إلى (الغرب|الشمال الغربي) من المكان الذي فُتحت عنده الخريطة\.$/);
  await page.waitForTimeout(1500); // past the geocoder's answer, which found nothing
  const at = await draftPosition(page, 'LG-LITTER');
  expect(at!.long).toBeLessThan(CENTER.long);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(plain(await said.textContent())).not.toMatch(/[A-Za-z]{4,}/);
  await expectAccessible(page);
});
