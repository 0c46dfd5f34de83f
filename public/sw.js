// Frontdesk's service worker: the app itself (shell, WebAssembly, settings, translations) is kept
// on the phone, so a second visit starts at once on a slow network and the app starts with no
// network at all (the outbox then sends what waits when the connection returns).
// It never touches the city's data (Open311 replies, photos): the app keeps its own, dated copies.
const CACHE = 'frontdesk-app-v1';
// Hashed build files (Trunk names them name-<hash>.js and name-<hash>_bg.wasm) never change.
const HASHED = /\/[\w-]+-[0-9a-f]{12,}(_bg)?\.(js|wasm)$/;
// The app's own files that change with a deployment or a translator: fresh when online. The
// pieces' loader and list (scripts/pieces.sh) change with each deployment.
const FRESH = /^\/(config\.json|catalogue\.json|accessibility\.json|pieces\.json|__wasm_split\.js|icon\.svg|map\.css|locales\/.+)$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('/', { cache: 'no-cache' });
    const html = await page.clone().text();
    await cache.put('/', page);
    // The build files the page names, fetched before this worker existed, and the pieces the
    // app fetches when a page first needs them: after one visit every page works offline.
    const pieces = await piecesList(cache);
    await cache.addAll([...named(html), ...(pieces || []), '/config.json', '/catalogue.json', '/accessibility.json', '/locales/languages.json', '/map.css']);
    await self.skipWaiting();
  })());
});

/** The build files the page names. */
function named(html) {
  return [...new Set(html.match(/\/[\w-]+-[0-9a-f]{12,}(_bg)?\.(js|wasm)/g) || [])];
}

/** The pieces of the deployment on the server (and keeps the list), or null if it cannot say. */
async function piecesList(cache) {
  try {
    const response = await fetch('/pieces.json', { cache: 'no-cache' });
    if (!response.ok) return null;
    const list = await response.clone().json();
    await cache.put('/pieces.json', response);
    return Array.isArray(list.files) ? list.files : null;
  } catch (offline) {
    return null;
  }
}

/**
 * After a new page arrived: keeps the pieces of its deployment that are not kept yet (so every
 * page still works offline after a deployment), and forgets the build files the page no longer
 * names (an older deployment's). Runs after the page was answered, never before.
 */
async function renew(html) {
  const cache = await caches.open(CACHE);
  // Without the new deployment's list of pieces, nothing is fetched or forgotten.
  const pieces = await piecesList(cache);
  if (pieces === null) return;
  const keptPaths = (await cache.keys()).map((r) => new URL(r.url).pathname);
  const missing = pieces.filter((p) => !keptPaths.includes(p));
  if (missing.length) await cache.addAll(missing).catch(() => {});
  const current = [...named(html), ...pieces];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (HASHED.test(path) && !current.includes(path)) await cache.delete(request);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

async function fresh(event, request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    const html = (response.headers.get('content-type') || '').includes('text/html');
    // Only the app's page stands for every address (never a JSON file or a photo opened in a
    // tab); a new page may mean a new deployment: its pieces are kept, older build files go.
    if (response.ok && (!fallback || html)) {
      await cache.put(fallback || request, response.clone());
      if (fallback) {
        const page = await response.clone().text();
        event.waitUntil(renew(page));
      }
    }
    return response;
  } catch (offline) {
    // The page varies by Accept-Language (its shell is in the browser's language): offline, the
    // page kept is the one to show whatever the browser now says.
    const kept = await cache.match(fallback || request, { ignoreVary: true });
    if (kept) return kept;
    throw offline;
  }
}

async function kept(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every address of the app is the same page.
    event.respondWith(fresh(event, request, '/'));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(kept(request));
  } else if (FRESH.test(url.pathname)) {
    event.respondWith(fresh(event, request));
  }
});

// Updates about a request (issue 16): the notifier (frontdesk-server --notify) sends
// {service_request_id, status, title, body, url}. The notification shows the title and body as
// sent; its tag is the request's, so a newer update replaces an older one. Anything else in a
// push message is shown as nothing: only the app's own paths are opened.
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (notJson) {
    message = {};
  }
  const id = typeof message.service_request_id === 'string' ? message.service_request_id : '';
  const title = typeof message.title === 'string' && message.title ? message.title : self.location.host;
  const url = openable(message.url, id);
  event.waitUntil(self.registration.showNotification(title, {
    body: typeof message.body === 'string' ? message.body : '',
    tag: `request-${id}`,
    icon: '/icon-192.png',
    badge: '/icon-192.png',
    data: { url, service_request_id: id },
  }));
});

/** The app's own page to open: the path sent, if it is one of the app's; else the request's. */
function openable(url, id) {
  if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) return url;
  return id ? `/requests/${encodeURIComponent(id)}` : '/';
}

// A tap opens the request's page: in a window of the app already open (focused), or a new one.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = openable(event.notification.data && event.notification.data.url, '');
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const mine = windows.find((client) => new URL(client.url).origin === self.location.origin);
    // navigate() works only in a window this worker controls; otherwise a new window.
    const moved = mine ? await mine.navigate(url).catch(() => null) : null;
    if (moved) return moved.focus();
    return self.clients.openWindow(url);
  })());
});
