// Updates about a request (issue 16), in the browser against the reference back end with its
// notifier on: the offer on a request's page and on the confirmation page, permission asked
// only after the tap, the browser's push subscription stubbed (headless Chromium has no push
// service) with keys this test holds, so that the message the notifier sends when staff move the
// request (`frontdesk-server request set-status`) reaches this test's own push service, which
// decrypts it (RFC 8291); then the service worker shows it (CDP ServiceWorker.deliverPushMessage)
// and a tap opens the request. English and Arabic; My requests shows and stops it; forgetting
// a request ends it at the notifier.
import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createDecipheriv, createECDH, createHmac, randomBytes } from 'node:crypto';
import { appReady, expectAccessible, expectPlainText, plain, scanEveryPageTestEndsOn } from './support';

scanEveryPageTestEndsOn();
// The service worker shows notifications and is where the push subscription lives.
test.use({ serviceWorkers: 'allow' });

const SERVER = '../../target/release/frontdesk-server';
const DB = '../../target/e2e/frontdesk.sqlite';

function setStatus(id: string, status: string, note: string) {
  execFileSync(SERVER, ['request', 'set-status', '--db', DB, id, status, '--note', note]);
}

/** A browser's push service: the browser's keys, and what the notifier posted, decrypted. */
class PushService {
  private ecdh = createECDH('prime256v1');
  private auth = randomBytes(16);
  private server: Server;
  received: { path: string; payload: any; vapid: string }[] = [];
  port = 0;

  constructor() {
    this.ecdh.generateKeys();
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        try {
          this.received.push({
            path: req.url ?? '',
            payload: this.decrypt(Buffer.concat(chunks)),
            vapid: String(req.headers.authorization ?? ''),
          });
          res.writeHead(201).end();
        } catch (e) {
          res.writeHead(400).end(String(e));
        }
      });
    });
  }

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  stop() {
    this.server.close();
  }

  subscription(path: string) {
    const b64 = (b: Buffer) => b.toString('base64url');
    return {
      endpoint: `http://127.0.0.1:${this.port}/push/${path}`,
      expirationTime: null,
      keys: { p256dh: b64(this.ecdh.getPublicKey()), auth: b64(this.auth) },
    };
  }

  private decrypt(body: Buffer) {
    const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => {
      const prk = createHmac('sha256', salt).update(ikm).digest();
      return createHmac('sha256', prk).update(Buffer.concat([info, Buffer.from([1])])).digest().subarray(0, length);
    };
    const salt = body.subarray(0, 16);
    const idLength = body[20];
    const sender = body.subarray(21, 21 + idLength);
    const sealed = body.subarray(21 + idLength);
    const secret = this.ecdh.computeSecret(sender);
    const info = Buffer.concat([Buffer.from('WebPush: info\0'), this.ecdh.getPublicKey(), sender]);
    const ikm = hkdf(this.auth, secret, info, 32);
    const key = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
    const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);
    const decipher = createDecipheriv('aes-128-gcm', key, nonce);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    const plainText = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
    let end = plainText.length - 1;
    while (plainText[end] === 0) end--;
    if (plainText[end] !== 2) throw new Error('not a last record');
    return JSON.parse(plainText.subarray(0, end).toString('utf8'));
  }
}

/** The browser hands out `subscription` instead of asking a push service (there is none). */
async function stubPushManager(context: BrowserContext, subscription: object) {
  await context.grantPermissions(['notifications']);
  await context.addInitScript((json) => {
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      (window as any).__subscribedWith = options;
      return { ...json, toJSON: () => json } as unknown as PushSubscription;
    };
  }, subscription);
}

/** A request made over Open311 (the city's own form is tested elsewhere); its reference. */
async function newRequest(page: Page, description: string): Promise<string> {
  const response = await page.request.post('/open311/v2/requests.json', {
    form: { service_code: 'CS-DEAD-ANIMAL', address_string: 'Burnhamthorpe Road at Confederation', description },
  });
  expect(response.status()).toBe(201);
  return (await response.json())[0].service_request_id;
}

/** The service worker is in charge of the page (it registers after load). */
async function workerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

let push: PushService;
test.beforeEach(async () => {
  push = new PushService();
  await push.start();
});
test.afterEach(() => push.stop());

test('browser notifications: asked after the tap, sent by the notifier when staff move the request, shown and opened', async ({ page, context }) => {
  await stubPushManager(context, push.subscription('en'));
  const id = await newRequest(page, 'A deer by the road');
  await page.goto(`/requests/${id}`);
  await appReady(page);
  await workerReady(page);
  const updates = page.getByRole('region', { name: 'Updates about this request' });
  const offer = updates.getByRole('button', { name: 'Tell me when this changes' });
  await expect(offer).toHaveAttribute('aria-expanded', 'false');
  // Nothing is asked before the resident taps.
  expect(await page.evaluate(() => (window as any).__subscribedWith)).toBeUndefined();
  await offer.click();
  await expect(offer).toHaveAttribute('aria-expanded', 'true');
  await updates.getByRole('button', { name: 'Send notifications to this browser' }).click();
  await expectPlainText(updates.getByRole('status'), 'This browser will show a notification each time this request changes.');
  await expect(updates.getByText('You get a browser notification when this request changes.')).toBeVisible();
  // The browser was asked with the notifier's key, for notifications the resident sees.
  const options = await page.evaluate(() => {
    const o = (window as any).__subscribedWith;
    return { visible: o.userVisibleOnly, keyLength: new Uint8Array(o.applicationServerKey).length };
  });
  expect(options).toEqual({ visible: true, keyLength: 65 });
  await expectAccessible(page);

  setStatus(id, 'in_progress', 'A crew is on its way.');
  await expect.poll(() => push.received.length, { timeout: 15_000 }).toBe(1);
  const sent = push.received[0];
  expect(sent.vapid).toMatch(/^vapid t=.+, k=.+/);
  expect(sent.payload).toEqual({
    service_request_id: id,
    status: 'in_progress',
    title: `Request ${id} has changed`,
    body: 'Status: In progress\nNote from the city: A crew is on its way.',
    url: `/requests/${id}`,
  });

  // The service worker shows what the notifier sent.
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: any) => {
      const live = e.registrations.find((r: any) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const origin = new URL(page.url()).origin;
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: await registration,
    data: JSON.stringify(sent.payload),
  });
  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
        title: n.title, body: n.body, tag: n.tag, url: n.data?.url,
      })),
    );
  await expect.poll(shown).toEqual([
    { title: `Request ${id} has changed`, body: sent.payload.body, tag: `request-${id}`, url: `/requests/${id}` },
  ]);
  // A newer update about the same request replaces the notification.
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin,
    registrationId: await registration,
    data: JSON.stringify({ ...sent.payload, status: 'closed', body: 'Status: Closed' }),
  });
  await expect.poll(async () => (await shown()).map((n) => n.body)).toEqual(['Status: Closed']);

  // A tap opens the request's page (clients.openWindow observed in the worker).
  const worker = context.serviceWorkers()[0];
  const opened = await worker.evaluate(async () => {
    const urls: string[] = [];
    const scope = self as any;
    scope.clients.matchAll = async () => [];
    scope.clients.openWindow = async (url: string) => {
      urls.push(url);
      return null;
    };
    const [notification] = await scope.registration.getNotifications();
    const event: any = new (scope.NotificationEvent)('notificationclick', { notification });
    let waited: Promise<unknown> = Promise.resolve();
    // A synthetic event may not call the real waitUntil: the handler's promise is awaited here.
    Object.defineProperty(event, 'waitUntil', { value: (p: Promise<unknown>) => { waited = p; } });
    scope.dispatchEvent(event);
    await waited;
    return { urls, left: (await scope.registration.getNotifications()).length };
  });
  expect(opened).toEqual({ urls: [`/requests/${id}`], left: 0 });
});

test('in Arabic, right to left: the offer, and the notification in Arabic', async ({ page, context }) => {
  await stubPushManager(context, push.subscription('ar'));
  const id = await newRequest(page, 'غزال على جانب الطريق');
  await page.goto(`/requests/${id}?lang=ar`);
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await workerReady(page);
  const updates = page.getByRole('region', { name: 'مستجدات هذا الطلب' });
  // Keyboard only.
  await updates.getByRole('button', { name: 'أبلغني عندما يتغيّر' }).focus();
  await page.keyboard.press('Enter');
  const ask = updates.getByRole('button', { name: 'أرسل الإشعارات إلى هذا المتصفح' });
  await ask.focus();
  await page.keyboard.press('Enter');
  await expectPlainText(updates.getByRole('status'), 'سيعرض هذا المتصفح إشعارًا');
  await expectAccessible(page);
  setStatus(id, 'closed', 'أُزيل الغزال.');
  await expect.poll(() => push.received.length, { timeout: 15_000 }).toBe(1);
  const payload = push.received[0].payload;
  expect(payload.title).toBe(`تغيّر الطلب ${id}`);
  expect(payload.body).toContain('الحالة: مغلق');
  expect(payload.body).toContain('هذا الطلب مغلق');
  // A closed request offers nothing more.
  await page.reload();
  await appReady(page);
  await expect(page.locator('dl.facts')).toContainText('مغلق');
  await expect(page.getByRole('region', { name: 'مستجدات هذا الطلب' })).toHaveCount(0);
});

test('email on the confirmation page, filled in from the request; My requests shows it and stops it', async ({ page }) => {
  await page.goto('/services/CS-DEAD-ANIMAL/request/location');
  await appReady(page);
  await page.getByLabel('Address or place').fill('Mavis Road at Eglinton');
  const next = async (heading: string) => {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  };
  await next('Tell us about the problem');
  await page.getByLabel('Describe the problem').fill('A raccoon on the path');
  await next('Photos');
  await next('About you');
  await page.getByLabel('Email address').fill('resident@example.org');
  await next('Check your answers before sending');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  const id = plain(await page.locator('.panel__reference').textContent()).trim();

  const updates = page.getByRole('region', { name: 'Updates about this request' });
  await updates.getByRole('button', { name: 'Tell me when this changes' }).click();
  const field = updates.getByLabel('Email address');
  await expect(field).toHaveValue('resident@example.org');
  // A wrong address is said at the field, and nothing is sent.
  await field.fill('not an address');
  await updates.getByRole('button', { name: 'Email me when this changes' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(updates.getByText('Enter an email address, like name@example.com')).toBeVisible();
  await field.fill('resident@example.org');
  await updates.getByRole('button', { name: 'Email me when this changes' }).click();
  await expectPlainText(updates.getByRole('status'), 'We sent an email to resident@example.org. Open the link in it');
  await expect(updates.getByText('You get an email when this request changes (once you confirm the address).')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'My requests' }).first().click();
  const card = page.locator('.request-card').filter({ hasText: id });
  await expect(card.getByText('You get an email when this request changes')).toBeVisible();
  await card.getByRole('button', { name: 'Stop updates' }).click();
  await expect(card.getByText('You get an email when this request changes')).toHaveCount(0);
  await expectAccessible(page);
});

test('forgetting a request ends its updates at the notifier', async ({ page, context }) => {
  await stubPushManager(context, push.subscription('forget'));
  const id = await newRequest(page, 'A fox');
  await page.goto(`/requests/${id}`);
  await appReady(page);
  await workerReady(page);
  const updates = page.getByRole('region', { name: 'Updates about this request' });
  await updates.getByRole('button', { name: 'Tell me when this changes' }).click();
  const subscribed = page.waitForResponse((r) => r.url().endsWith('/notify/v1/subscriptions') && r.request().method() === 'POST');
  await updates.getByRole('button', { name: 'Send notifications to this browser' }).click();
  const subscription = (await (await subscribed).json()).id as string;
  await expect(updates.getByText('You get a browser notification when this request changes.')).toBeVisible();

  // Looked up by reference, it is kept in My requests, where the resident can forget it.
  await page.getByRole('link', { name: 'My requests' }).first().click();
  const card = page.locator('.request-card').filter({ hasText: id });
  await expect(card.getByText('You get a browser notification when this request changes.')).toBeVisible();
  const ended = page.waitForResponse((r) => r.url().endsWith(`/notify/v1/subscriptions/${subscription}`) && r.request().method() === 'DELETE');
  await card.getByRole('button', { name: 'Forget this request' }).click();
  expect((await ended).status()).toBe(204);
  const again = await page.request.delete(`/notify/v1/subscriptions/${subscription}`);
  expect(again.status()).toBe(404);
  setStatus(id, 'closed', 'Gone.');
  await page.waitForTimeout(2_500);
  expect(push.received).toEqual([]);
});
