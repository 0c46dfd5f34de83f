// make bench: measures what a resident downloads and how fast the first page is, compares it
// with budgets.json, writes target/bench/report.json, prints a table, and exits 1 naming every
// budget exceeded. Run from tests/e2e after `make build` (the Makefile does both).
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
const files = readdirSync(DIST);
const pick = (test) => files.find(test);
const assets = {
  wasm: pick((f) => f.endsWith('_bg.wasm')),
  js: pick((f) => /^frontdesk-.*\.js$/.test(f)),
  'index.html (with inline CSS)': 'index.html',
};
const css = readFileSync(join(DIST, 'index.html'), 'utf8').match(/<style>[\s\S]*?<\/style>/g)?.join('') ?? '';
const sizeReport = {};
for (const [name, file] of Object.entries(assets)) sizeReport[name] = { file, ...sizes(readFileSync(join(DIST, file))) };
sizeReport['css (inlined)'] = { file: 'index.html <style>', ...sizes(Buffer.from(css)) };

// 2. The server, as `make run` starts it.
const { base: BASE, stop } = await startReferenceServer({ out: OUT, name: 'bench', port: PORT });

// 3. First load of `/` in Chromium on a phone viewport: every request, its bytes on the wire,
//    and its brotli size (what a brotli-capable server over HTTPS sends).
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
const requests = new Map();
cdp.on('Network.responseReceived', (e) => requests.set(e.requestId, { url: e.response.url, encoding: e.response.headers['content-encoding'] ?? 'identity' }));
cdp.on('Network.loadingFinished', (e) => { const r = requests.get(e.requestId); if (r) r.wire = e.encodedDataLength; });
await page.goto(BASE + '/', { waitUntil: 'networkidle' });
await page.locator('aside.help').waitFor();
await page.waitForLoadState('networkidle');
const loaded = [];
for (const r of requests.values()) {
  if (!r.url.startsWith(BASE)) continue;
  const body = Buffer.from(await (await fetch(r.url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
  loaded.push({ path: new URL(r.url).pathname, wire: r.wire ?? 0, encoding: r.encoding, raw: body.length, brotli: brotli(body) });
}
await browser.close();
const firstLoad = {
  requests: loaded.length,
  wire_bytes: loaded.reduce((s, r) => s + r.wire, 0),
  raw_bytes: loaded.reduce((s, r) => s + r.raw, 0),
  brotli_bytes: loaded.reduce((s, r) => s + r.brotli, 0),
  files: loaded,
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
mkdirSync(OUT, { recursive: true });
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
const report = { date: new Date().toISOString(), sizes: sizeReport, first_load: firstLoad, lighthouse, load, search, budgets: verdicts };
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));

const row = (...cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 30 : 12)).join(''));
console.log('\nSizes (bytes)');
row('file', 'raw', 'gzip -9', 'brotli 11');
for (const [name, s] of Object.entries(sizeReport)) row(name, s.raw, s.gzip, s.brotli);
console.log(`\nFirst load of / in Chromium (390x844): ${firstLoad.requests} requests`);
row('path', 'on wire', 'encoding', 'raw', 'brotli 11');
for (const f of loaded) row(f.path.length > 29 ? f.path.slice(0, 26) + '...' : f.path, f.wire, f.encoding, f.raw, f.brotli);
row('total', firstLoad.wire_bytes, '', firstLoad.raw_bytes, firstLoad.brotli_bytes);
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
if (exceeded.length) {
  console.log(`budgets exceeded: ${exceeded.map((v) => `${v.key} (${v.value}, budget ${v.budget})`).join(', ')}`);
  process.exit(1);
}
