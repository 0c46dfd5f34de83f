// make bench: measures what a resident downloads and how fast the first page is, compares it
// with budgets.json, writes target/bench/report.json, prints a table, and exits 1 naming every
// budget exceeded. Run from tests/e2e after `make build` (the Makefile does both).
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, startReferenceServer } from '../lib/reference.mjs';

const OUT = join(ROOT, 'target/bench');
const PORT = Number(process.env.FRONTDESK_BENCH_PORT ?? 8092);
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8'));

const brotli = (buf) => brotliCompressSync(buf, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
}).length;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const sizes = (buf) => ({ raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) });

// 1. Sizes of what Trunk built. The CSS is inlined into index.html, so it is measured there too.
//    The pieces (src/pieces.rs, scripts/pieces.sh) are listed in dist/pieces.json.
const files = readdirSync(DIST);
const pick = (test) => files.find(test);
const assets = {
  'wasm (first module)': pick((f) => f.endsWith('_bg.wasm')),
  js: pick((f) => /^frontdesk-.*\.js$/.test(f)),
  'index.html (with inline CSS)': 'index.html',
};
const css = readFileSync(join(DIST, 'index.html'), 'utf8').match(/<style>[\s\S]*?<\/style>/g)?.join('') ?? '';
const sizeReport = {};
for (const [name, file] of Object.entries(assets)) sizeReport[name] = { file, ...sizes(readFileSync(join(DIST, file))) };
sizeReport['css (inlined)'] = { file: 'index.html <style>', ...sizes(Buffer.from(css)) };
const pieceFiles = JSON.parse(readFileSync(join(DIST, 'pieces.json'), 'utf8')).files.map((f) => f.slice(1));
const pieces = pieceFiles.map((file) => ({ file, ...sizes(readFileSync(join(DIST, file))) }));
const piecesTotal = { raw: 0, gzip: 0, brotli: 0 };
for (const p of pieces) for (const k of Object.keys(piecesTotal)) piecesTotal[k] += p[k];
sizeReport[`all ${pieces.length} pieces`] = { file: 'pieces.json', ...piecesTotal };

// 1b. What the first module is made of: twiggy's top 20 on the module as wasm-bindgen wrote it
//     (names kept; before wasm-opt, so sizes are larger than shipped, the order is what counts).
mkdirSync(OUT, { recursive: true });
const named = readdirSync(join(ROOT, 'target/wasm-bindgen')).map((d) => join(ROOT, 'target/wasm-bindgen', d, 'frontdesk_bg.wasm'));
const twiggyTop = execFileSync('twiggy', ['top', '-n', '20', named[0]], { encoding: 'utf8' });
writeFileSync(join(OUT, 'first-module-top20.txt'), twiggyTop);

// 2. The server, as `make run` starts it.
// The POST limit off: the load figures below are the server's own (`make security` measures
// the limit under a burst).
const { base: BASE, stop } = await startReferenceServer({ out: OUT, name: 'bench', port: PORT, args: ['--post-limit', 'off'] });

// 3. What a resident downloads, from an empty cache on a 390x844 phone: every response the page
//    requested before it was usable (the first service link visible, and typing in the search
//    box narrows the list), with its brotli size (what a brotli-capable server sends); what was
//    prefetched after that, on its own line; the same for a service page; and the extra bytes of
//    the first form step reached from `/` with Save-Data on (nothing prefetched).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const brotliOf = new Map();
async function brotliSize(url) {
  if (!brotliOf.has(url)) {
    const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    brotliOf.set(url, { raw: body.length, brotli: brotli(body) });
  }
  return brotliOf.get(url);
}
async function phone({ saveData = false, throttle = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (saveData) await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    // Lighthouse's mobile throttling: 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU slowdown.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const requested = [];
  page.on('request', (r) => { if (r.url().startsWith(BASE)) requested.push(r.url()); });
  return { context, page, requested };
}
async function usableCatalogue(page) {
  const links = page.locator('main a[href^="/services/"]');
  await links.first().waitFor({ state: 'visible' });
  const before = await links.count();
  await page.getByRole('searchbox').fill('pothole');
  await page.waitForFunction((n) => document.querySelectorAll('main a[href^="/services/"]').length < n, before);
}
async function bytesOf(urls) {
  const list = [];
  for (const url of [...new Set(urls)]) list.push({ path: new URL(url).pathname + new URL(url).search, ...(await brotliSize(url)) });
  return { requests: list.length, raw_bytes: list.reduce((s, r) => s + r.raw, 0), brotli_bytes: list.reduce((s, r) => s + r.brotli, 0), files: list };
}

// With Save-Data on, nothing is prefetched: exactly what the catalogue needs. The idle prefetch
// (src/pieces.rs) starts as soon as the list is on screen, so without Save-Data its first
// requests would land among the first load's; it is measured in a run of its own.
let phoneRun = await phone({ saveData: true });
await phoneRun.page.goto(BASE + '/');
await usableCatalogue(phoneRun.page);
const firstLoad = await bytesOf(phoneRun.requested);
await phoneRun.context.close();
phoneRun = await phone();
await phoneRun.page.goto(BASE + '/');
await usableCatalogue(phoneRun.page);
await phoneRun.page.waitForTimeout(4000); // the idle prefetch starts within 3 s of usable
await phoneRun.page.waitForLoadState('networkidle');
const firstPaths = new Set(firstLoad.files.map((f) => f.path));
const prefetched = await bytesOf(phoneRun.requested.filter((u) => !firstPaths.has(new URL(u).pathname + new URL(u).search)));
await phoneRun.context.close();

phoneRun = await phone({ saveData: true });
await phoneRun.page.goto(BASE + '/services/RD-POTHOLE');
await phoneRun.page.getByRole('link', { name: /Start your request/ }).waitFor({ state: 'visible' });
const servicePage = await bytesOf(phoneRun.requested);
await phoneRun.context.close();

phoneRun = await phone({ saveData: true });
await phoneRun.page.goto(BASE + '/');
await usableCatalogue(phoneRun.page);
const beforeForm = phoneRun.requested.length;
await phoneRun.page.locator('main a[href="/services/RD-POTHOLE"]').first().click();
await phoneRun.page.getByRole('link', { name: /Start your request/ }).click();
await phoneRun.page.getByRole('heading', { level: 1, name: 'Where is it?' }).waitFor();
await phoneRun.page.waitForLoadState('networkidle');
const formStep = await bytesOf(phoneRun.requested.slice(beforeForm));
// The map's share of that step (issue 15): its piece, the pieces' chunks it brings, its styles,
// and the tiles of the first view; none of it may be among the first load's files.
const stepRequests = phoneRun.requested.slice(beforeForm);
const mapFrom = stepRequests.findIndex((u) => /\/split_map-/.test(u));
const mapStep = await bytesOf(mapFrom < 0 ? [] : stepRequests.slice(mapFrom));
const mapInFirstLoad = firstLoad.files.filter((f) => /split_map|map\.css|\/tiles\//.test(f.path)).map((f) => f.path);
await phoneRun.context.close();

// 3a. Updates about a request (issue 16): their piece, and its size; none of it may be in the
//     first load of /. And the notifier's calls to the Open311 endpoint per interval for 1,000
//     subscriptions (crates/server/tests/notify_scale.rs prints them).
const notifyPiece = pieces.find((p) => /^split_notify-/.test(p.file)) ?? null;
const notifyInFirstLoad = firstLoad.files.filter((f) => /split_notify/.test(f.path)).map((f) => f.path);
const scaleLog = execFileSync('cargo', ['test', '--quiet', '-p', 'frontdesk-server', '--test', 'notify_scale', '--', '--nocapture'],
  { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const notifier = scaleLog.split('\n').filter((l) => l.startsWith('notifier: '));

// 3b. Time to a usable catalogue under Lighthouse's mobile throttling, next to the time until the
//     first service link shows on a static HTML copy of the same rendered catalogue (no
//     scripts, precompressed like the app's files) from the same server: their ratio is what
//     the app's code costs a resident. Median of three each.
phoneRun = await phone();
await phoneRun.page.goto(BASE + '/');
await phoneRun.page.locator('main a[href^="/services/"]').first().waitFor({ state: 'visible' });
const staticHtml = (await phoneRun.page.content())
  .replace(/<script[\s\S]*?<\/script>/g, '')
  .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, '');
await phoneRun.context.close();
const staticFile = join(DIST, 'bench-static.html');
writeFileSync(staticFile, staticHtml);
writeFileSync(staticFile + '.br', brotliCompressSync(Buffer.from(staticHtml)));
writeFileSync(staticFile + '.gz', gzipSync(Buffer.from(staticHtml), { level: 9 }));
const timed = async (path, ready) => {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const run = await phone({ throttle: true });
    const t0 = Date.now();
    await run.page.goto(BASE + path, { waitUntil: 'commit' });
    await ready(run.page);
    times.push(Date.now() - t0);
    await run.context.close();
  }
  times.sort((a, b) => a - b);
  return { median_ms: times[1], each_ms: times };
};
const usableApp = await timed('/', usableCatalogue);
const usableStatic = await timed('/bench-static.html', (page) => page.locator('main a[href^="/services/"]').first().waitFor({ state: 'visible' }));
for (const f of [staticFile, staticFile + '.br', staticFile + '.gz']) rmSync(f, { force: true });
await browser.close();
const usable = {
  app_ms: usableApp.median_ms,
  static_ms: usableStatic.median_ms,
  ratio: Math.round((usableApp.median_ms / usableStatic.median_ms) * 100) / 100,
  app_each_ms: usableApp.each_ms,
  static_each_ms: usableStatic.each_ms,
};

// 4. The reference back end under load (wrk from Debian; 2 threads, 20 connections, 5 s each,
//    against this machine only).
const wrk = (path, body) => {
  const out = execFileSync('wrk', ['-t2', '-c20', '-d5s', '--timeout', '5s', '-s', join(import.meta.dirname, 'wrk-report.lua'), BASE + path],
    { env: { ...process.env, ...(body ? { WRK_BODY: body } : {}) }, encoding: 'utf8' });
  const r = JSON.parse(out.match(/^WRK (.*)$/m)[1]);
  return { rps: Math.round(r.requests / (r.duration_us / 1e6)), p50_ms: r.p50_us / 1000, p99_ms: r.p99_us / 1000, non_2xx: r.non_2xx, socket_errors: r.socket_errors };
};
const load = {
  'GET /open311/v2/services.json': wrk('/open311/v2/services.json'),
  'POST /open311/v2/requests.json': wrk('/open311/v2/requests.json',
    'service_code=RD-POTHOLE&lat=43.589045&long=-79.644120&attribute%5BWHERE%5D=ROAD&attribute%5BHAZARD%5D=NO&description=bench'),
};

// 5. Lighthouse, mobile (its default: simulated slow 4G on a mid-range phone), five runs, the
//    median of each measure (as Lighthouse's own guidance on variability advises). One run is
//    not enough here: its simulated LCP is either ~0.8 s or ~2.55 s from run to run on the same
//    build (the 2.55 s did not move when the WebAssembly shrank by 36 KB), while the observed
//    LCP, the static shell's first paint, stays at 50-100 ms.
const LIGHTHOUSE_RUNS = Number(process.env.FRONTDESK_LIGHTHOUSE_RUNS ?? 5);
const runs = [];
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  const lhPath = join(OUT, `lighthouse-${i + 1}.json`);
  execFileSync(join(import.meta.dirname, '../node_modules/.bin/lighthouse'), [BASE + '/',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json', `--output-path=${lhPath}`, '--quiet'], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: 'inherit' });
  const lh = JSON.parse(readFileSync(lhPath, 'utf8'));
  const score = (id) => Math.round((lh.categories[id]?.score ?? 0) * 100);
  runs.push({
    performance: score('performance'),
    accessibility: score('accessibility'),
    best_practices: score('best-practices'),
    fcp_ms: Math.round(lh.audits['first-contentful-paint'].numericValue),
    lcp_ms: Math.round(lh.audits['largest-contentful-paint'].numericValue),
    observed_lcp_ms: Math.round(lh.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? NaN),
    tbt_ms: Math.round(lh.audits['total-blocking-time'].numericValue),
    cls: lh.audits['cumulative-layout-shift'].numericValue,
    runtime_error: lh.runtimeError?.code ?? null,
  });
}
const median = (key) => {
  const values = runs.map((r) => r[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
const lighthouse = {
  runs: runs.length,
  performance: median('performance'),
  accessibility: median('accessibility'),
  best_practices: median('best_practices'),
  fcp_ms: median('fcp_ms'),
  lcp_ms: median('lcp_ms'),
  observed_lcp_ms: median('observed_lcp_ms'),
  tbt_ms: median('tbt_ms'),
  cls: median('cls'),
  runtime_errors: runs.map((r) => r.runtime_error).filter(Boolean),
  each_run: runs,
};
stop();

// 6. Catalogue search over 1,000 services, natively (release build).
const search = JSON.parse(execFileSync('cargo', ['run', '--release', '--quiet', '-p', 'frontdesk-core', '--example', 'search_bench'],
  { cwd: ROOT, encoding: 'utf8' }).trim());

// 7. Budgets.
const measured = {
  first_load_brotli_bytes: firstLoad.brotli_bytes,
  usable_catalogue_ratio: usable.ratio,
  lighthouse_performance: lighthouse.performance,
  lighthouse_accessibility: lighthouse.accessibility,
  lighthouse_best_practices: lighthouse.best_practices,
  lcp_ms: lighthouse.lcp_ms,
  search_ms_per_query: search.ms_per_query,
};
const higherIsBetter = (k) => k.startsWith('lighthouse_');
const verdicts = Object.entries(measured).map(([key, value]) => {
  const { budget, goal } = budgets[key];
  const ok = higherIsBetter(key) ? value >= budget : value <= budget;
  const atGoal = higherIsBetter(key) ? value >= goal : value <= goal;
  return { key, value, budget, goal, ok, at_goal: atGoal };
});
const report = {
  date: new Date().toISOString(), sizes: sizeReport, pieces, first_load: firstLoad, prefetched_after_usable: prefetched,
  service_page: servicePage, first_form_step_extra: formStep, location_step_map: mapStep, map_in_first_load: mapInFirstLoad,
  notify_piece: notifyPiece, notify_in_first_load: notifyInFirstLoad, notifier_calls: notifier, usable_catalogue: usable, first_module_top20: twiggyTop,
  lighthouse, load, search, budgets: verdicts,
};
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));

const row = (...cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 30 : 12)).join(''));
console.log('\nSizes (bytes)');
row('file', 'raw', 'gzip -9', 'brotli 11');
for (const [name, s] of Object.entries(sizeReport)) row(name, s.raw, s.gzip, s.brotli);
console.log('\nPieces (bytes)');
row('file', 'raw', 'gzip -9', 'brotli 11');
for (const p of pieces) row(p.file.length > 29 ? p.file.slice(0, 26) + '...' : p.file, p.raw, p.gzip, p.brotli);
const short = (path) => (path.length > 29 ? path.slice(0, 26) + '...' : path);
console.log(`\nFirst load of / until the catalogue is usable, empty cache, 390x844: ${firstLoad.requests} requests`);
row('path', 'raw', 'brotli 11');
for (const f of firstLoad.files) row(short(f.path), f.raw, f.brotli);
row('total', firstLoad.raw_bytes, firstLoad.brotli_bytes);
console.log(`prefetched after usable (idle): ${prefetched.requests} requests, ${prefetched.brotli_bytes} B brotli`);
console.log(`a service page (/services/RD-POTHOLE) until its Start button shows: ${servicePage.requests} requests, ${servicePage.brotli_bytes} B brotli`);
console.log(`the first form step reached from / (Save-Data, no prefetch): +${formStep.requests} requests, +${formStep.brotli_bytes} B brotli`);
console.log(`  of which the map (piece, chunks, styles, first tiles): +${mapStep.requests} requests, +${mapStep.brotli_bytes} B brotli; map files in the first load of /: ${mapInFirstLoad.length ? mapInFirstLoad.join(', ') : 'none'}`);
console.log(`updates about a request (issue 16): piece ${notifyPiece ? `${notifyPiece.brotli} B brotli` : 'missing'}, fetched only on the pages that offer them; in the first load of /: ${notifyInFirstLoad.length ? notifyInFirstLoad.join(', ') : 'none'}`);
for (const line of notifier) console.log(`  ${line}`);
console.log(`all pieces: ${piecesTotal.brotli} B brotli`);
console.log(`\nUsable catalogue under mobile throttling (150 ms RTT, 1.6 Mbps, 4x CPU), median of 3: app ${usable.app_ms} ms, static HTML copy ${usable.static_ms} ms, ratio ${usable.ratio}`);
console.log(`\nFirst module, top 20 (twiggy, ${join(OUT, 'first-module-top20.txt')}):\n${twiggyTop}`);
console.log(`\nLighthouse mobile, median of ${lighthouse.runs} runs: performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse.best_practices}; FCP ${lighthouse.fcp_ms} ms, LCP ${lighthouse.lcp_ms} ms (observed ${lighthouse.observed_lcp_ms} ms), TBT ${lighthouse.tbt_ms} ms, CLS ${lighthouse.cls}`);
console.log(`  each run (performance / LCP ms): ${runs.map((r) => `${r.performance} / ${r.lcp_ms}`).join(', ')}`);
console.log('\nReference back end under load (wrk -t2 -c20 -d5s)');
row('endpoint', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx');
for (const [name, r] of Object.entries(load)) row(name.padEnd(29).slice(0, 29), r.rps, r.p50_ms, r.p99_ms, r.non_2xx + r.socket_errors);
console.log(`\nSearch over ${search.services} services: ${search.ms_per_query} ms per query (${search.queries} queries)`);
console.log('\nBudgets');
row('measure', 'value', 'budget', 'goal', 'verdict');
for (const v of verdicts) row(v.key, v.value, v.budget, v.goal, v.ok ? (v.at_goal ? 'ok, at goal' : 'ok') : 'EXCEEDED');
console.log(`\nreport: ${join(OUT, 'report.json')}`);
const exceeded = verdicts.filter((v) => !v.ok);
if (notifyInFirstLoad.length || !notifyPiece || notifier.length === 0) {
  console.log(`updates: piece ${notifyPiece ? 'built' : 'missing'}, in the first load of /: ${notifyInFirstLoad.join(', ') || 'none'}, notifier scale lines: ${notifier.length}`);
  process.exit(1);
}
if (mapInFirstLoad.length) {
  console.log(`the map's files are in the first load of /: ${mapInFirstLoad.join(', ')}`);
  process.exit(1);
}
if (exceeded.length) {
  console.log(`budgets exceeded: ${exceeded.map((v) => `${v.key} (${v.value}, budget ${v.budget})`).join(', ')}`);
  process.exit(1);
}
