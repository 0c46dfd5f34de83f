// `make security`: the locked-down page measured (issue 14). Prints, and writes to
// target/security/report.json:
// - the security headers present on each kind of response, from the server as `make run`
//   starts it (POST limit at its default);
// - the POST limit under a burst from one address: how many were accepted and refused, and
//   that every accepted request is on the server (none lost);
// - Content Security Policy and Trusted Types violations over the resident's journey: the
//   journey specs (catalogue, search, form with photo, send, tracking, language switch,
//   offline start), each of which fails on any violation (tests/support.ts);
// - the last `make fuzz` run (target/fuzz/report.json): executions and crashes per target.
// Exits 1 when a header is missing, the limit does not hold, a request is lost or a violation
// is reported.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startReferenceServer } from '../lib/reference.mjs';

const OUT = join(ROOT, 'target/security');
const PORT = 8094;
mkdirSync(OUT, { recursive: true });
const { base: BASE, stop } = await startReferenceServer({ out: OUT, name: 'security', port: PORT });
let failed = [];

// 1. Headers per kind of response.
const PAGE = ['content-security-policy', 'permissions-policy', 'cross-origin-opener-policy'];
const ALL = ['x-content-type-options', 'referrer-policy'];
const post = (body) => fetch(`${BASE}/open311/v2/requests.json`, {
  method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body,
});
const POTHOLE = 'service_code=RD-POTHOLE&lat=43.589045&long=-79.644120&attribute%5BWHERE%5D=ROAD&attribute%5BHAZARD%5D=NO&description=Deep+hole';
// A photo, so its route can be checked too.
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(200).fill(7)]);
const form = new FormData();
for (const [k, v] of new URLSearchParams(POTHOLE)) form.append(k, v);
form.append('media', new Blob([jpeg], { type: 'image/jpeg' }), 'photo.jpg');
const sent = await (await fetch(`${BASE}/open311/v2/requests.json`, { method: 'POST', body: form })).json();
const id = sent[0].service_request_id;
const photo = (await (await fetch(`${BASE}/open311/v2/requests/${id}.json`)).json())[0].media_url;
const routes = [
  ['page /', '/', [...ALL, ...PAGE]],
  ['page (deep link)', '/services/RD-POTHOLE/request/details', [...ALL, ...PAGE]],
  ['config.json', '/config.json', ALL],
  ['WebAssembly', null, ALL],
  ['translations', '/locales/en/main.ftl', ALL],
  ['Open311 GET', '/open311/v2/services.json', ALL],
  ['photo', photo, [...ALL, 'content-security-policy', 'content-disposition']],
];
const html = await (await fetch(`${BASE}/`)).text();
routes[3][1] = '/' + /href=\/?([\w-]+_bg\.wasm)/.exec(html)[1];
const headers = [];
for (const [name, path, expected] of routes) {
  const response = await fetch(BASE + path);
  const present = Object.fromEntries([...ALL, ...PAGE, 'content-disposition'].map((h) => [h, response.headers.has(h)]));
  const missing = expected.filter((h) => !present[h]);
  headers.push({ route: name, path, status: response.status, present, missing });
  if (missing.length) failed.push(`${name}: missing ${missing.join(', ')}`);
}

// 2. The POST limit under a burst from one address.
const BURST = 60;
const replies = await Promise.all(Array.from({ length: BURST }, () => post(POTHOLE)));
const bodies = await Promise.all(replies.map((r) => r.text()));
const accepted = replies.map((r, i) => [r, bodies[i]]).filter(([r]) => r.status === 201).map(([, b]) => JSON.parse(b)[0].service_request_id);
const refused = replies.filter((r) => r.status === 429);
const retryAfter = refused.map((r) => Number(r.headers.get('retry-after')));
const other = replies.filter((r) => r.status !== 201 && r.status !== 429).map((r) => r.status);
let lost = 0;
for (const requestId of accepted) {
  if ((await fetch(`${BASE}/open311/v2/requests/${requestId}.json`)).status !== 200) lost++;
}
const burst = { sent: BURST, accepted: accepted.length, refused: refused.length, other, lost, retry_after_s: [Math.min(...retryAfter), Math.max(...retryAfter)] };
// The photo above took one POST of the 20 a minute.
if (accepted.length > 20 || refused.length === 0 || other.length || lost || retryAfter.some((s) => !(s >= 1))) {
  failed.push(`POST limit: ${JSON.stringify(burst)}`);
}
stop();

// 3. Violations over the journey: the specs that walk it, phone, each failing on any report.
const specs = ['tests/security.spec.ts', 'tests/catalogue.spec.ts', 'tests/request.spec.ts', 'tests/tracking.spec.ts', 'tests/i18n.spec.ts', 'tests/offline.spec.ts'];
let journey;
try {
  execFileSync('npx', ['playwright', 'test', ...specs, '--project=phone', '--reporter=json'], {
    cwd: join(ROOT, 'tests/e2e'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(OUT, 'journey.json') },
  });
} catch { /* the report says what failed */ }
{
  const results = JSON.parse((await import('node:fs')).readFileSync(join(OUT, 'journey.json'), 'utf8'));
  const texts = JSON.stringify(results);
  const violations = (texts.match(/policy violations on/g) || []).length;
  journey = { tests: results.stats.expected + results.stats.unexpected, passed: results.stats.expected, failed: results.stats.unexpected, tests_failing_on_a_violation: violations };
  if (journey.failed || violations) failed.push(`journey: ${JSON.stringify(journey)}`);
}

// 4. The last fuzzing run, when there is one (make fuzz is long: not run from here).
let fuzz = null;
try {
  const { readFileSync, statSync } = await import('node:fs');
  const file = join(ROOT, 'target/fuzz/report.json');
  fuzz = { date: statSync(file).mtime.toISOString(), targets: JSON.parse(readFileSync(file, 'utf8')) };
  const crashed = fuzz.targets.filter((t) => t.crashes > 0).map((t) => t.target);
  if (crashed.length) failed.push(`fuzz crashes in ${crashed.join(', ')}`);
} catch { /* no run yet */ }

const report = { date: new Date().toISOString(), headers, burst, journey, fuzz, failed };
writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
console.log('Security headers by response');
for (const h of headers) {
  console.log(`  ${h.route.padEnd(20)} ${String(h.status).padEnd(4)} ${Object.entries(h.present).filter(([, v]) => v).map(([k]) => k).join(', ')}`);
}
console.log(`\nPOST limit (default 20/min per address), a burst of ${BURST} from one address: ${burst.accepted} accepted, ${burst.refused} refused with 429 (Retry-After ${burst.retry_after_s[0]}-${burst.retry_after_s[1]} s), other statuses: ${other.length}, accepted but lost: ${lost}`);
console.log(`\nContent Security Policy and Trusted Types over the journey (${specs.length} specs, phone): ${journey.passed}/${journey.tests} tests passed, ${journey.tests_failing_on_a_violation} failed on a violation`);
if (fuzz) {
  console.log(`\nFuzzing (make fuzz, ${fuzz.date}):`);
  for (const t of fuzz.targets) console.log(`  ${t.target.padEnd(16)} ${String(t.executions).padStart(9)} executions in ${t.seconds} s, ${t.crashes} crashes`);
} else {
  console.log('\nFuzzing: no run yet (make fuzz)');
}
console.log(`\nreport: ${join(OUT, 'report.json')}`);
if (failed.length) {
  console.log(`\nFAILED: ${failed.join('; ')}`);
  process.exit(1);
}
