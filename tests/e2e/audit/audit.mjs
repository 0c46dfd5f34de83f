// make audit: the accessibility report for auditors. Serves the release build with the reference
// back end, walks every page and state of the app (the catalogue, search, a service, each form
// step with and without errors, check your answers, the confirmation, My requests, a request's
// page, the accessibility statement, not found) in every language the configuration offers, on a
// phone and a desktop screen, and scans each with axe-core for WCAG 2.2 A and AA. Also checks
// what axe cannot: the page's language and direction, and no sideways scrolling at 390 px
// (reflow). Writes target/audit/report.md (for people) and report.json, and exits 1 when anything
// fails. Run from tests/e2e after `make build` (the Makefile does both).
//
//   node audit/audit.mjs [--languages en,ar] [--viewports phone,desktop]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, startReferenceServer } from '../lib/reference.mjs';

const OUT = join(ROOT, 'target/audit');
const PORT = Number(process.env.FRONTDESK_AUDIT_PORT ?? 8093);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

const config = JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'));
const directions = Object.fromEntries(
  JSON.parse(readFileSync(join(DIST, 'locales/languages.json'), 'utf8')).map((l) => [l.code, l.dir ?? 'ltr']),
);
const { values: args } = parseArgs({
  options: { languages: { type: 'string' }, viewports: { type: 'string' } },
});
const languages = args.languages ? args.languages.split(',') : config.languages;
const viewports = args.viewports ? args.viewports.split(',') : Object.keys(VIEWPORTS);
for (const v of viewports) if (!VIEWPORTS[v]) throw new Error(`unknown viewport ${v} (phone, desktop)`);

// The server, as `make run` starts it, with a database of its own.
// The audit sends a request per language and screen, faster than any resident: a higher POST
// limit than the default.
const { base: BASE } = await startReferenceServer({ out: OUT, name: 'audit', port: PORT, args: ['--post-limit', '600/min'] });

const ready = (page) => page.locator('aside.help').waitFor();
const submit = async (page) => {
  await page.locator('main form button[type=submit]').first().click();
  await page.waitForTimeout(150);
};

/** The pages and states, in the order a resident meets them. Each brings `page` to a state. */
const STATES = [
  ['Catalogue (home)', async (page, lang) => { await page.goto(`/?lang=${lang}`); await ready(page); }],
  ['Search with results', async (page) => { await page.goto('/?q=tree'); await ready(page); await page.locator('.results__count, [role=status]').first().waitFor(); }],
  ['Search with no results', async (page) => { await page.goto('/?q=xylophone'); await ready(page); }],
  ['Service page', async (page) => { await page.goto('/services/RD-POTHOLE'); await ready(page); }],
  ['Service page: every question type', async (page) => { await page.goto('/services/PC-DAMAGE'); await ready(page); }],
  ['Unknown service', async (page) => { await page.goto('/services/NO-SUCH'); await ready(page); }],
  ['Form: every question type', async (page) => { await page.goto('/services/PC-DAMAGE/request/details'); await ready(page); await page.locator('main form').waitFor(); }],
  ['Form: every question type, with errors', async (page) => { await submit(page); await page.locator('#error-summary').waitFor(); }],
  ['Form: location', async (page) => { await page.goto('/services/CS-DEAD-ANIMAL/request/location'); await ready(page); }],
  ['Form: location, with errors', async (page) => { await submit(page); await page.locator('#error-summary').waitFor(); }],
  ['Form: details', async (page) => { await page.locator('#address').fill('4141 Living Arts Drive'); await submit(page); await page.locator('#description').waitFor(); }],
  ['Form: photos', async (page) => { await page.locator('#description').fill('Raccoon on the boulevard (accessibility audit)'); await submit(page); await page.locator('#photo-input').waitFor(); }],
  ['Form: about you', async (page) => { await submit(page); await page.locator('#email').waitFor(); }],
  ['Form: about you, with errors', async (page) => { await page.locator('#email').fill('not an address'); await submit(page); await page.locator('#error-summary').waitFor(); }],
  ['Form: check your answers', async (page) => { await page.locator('#email').fill(''); await submit(page); await page.locator('.button--start').waitFor(); }],
  ['Confirmation', async (page) => { await page.locator('.button--start').click(); await page.locator('.panel__reference').waitFor(); }],
  ['My requests', async (page) => { await page.goto('/requests'); await ready(page); await page.locator('.request-card').first().waitFor(); }],
  ['A request and its timeline', async (page, lang, found) => { await page.goto(`/requests/${found.reference}`); await ready(page); }],
  ['A request: updates offered', async (page) => { await page.locator('section.notify button[aria-expanded]').click(); await page.locator('#updates-ways button').first().waitFor(); }],
  ['Request not found', async (page) => { await page.goto('/requests/999999999'); await ready(page); }],
  ['Accessibility statement', async (page) => { await page.goto('/accessibility'); await ready(page); }],
  ['Page not found', async (page) => { await page.goto('/no/such/page'); await ready(page); }],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const scans = [];
for (const lang of languages) {
  for (const viewport of viewports) {
    const context = await browser.newContext({ ...VIEWPORTS[viewport], baseURL: BASE, serviceWorkers: 'block' });
    const page = await context.newPage();
    const found = {};
    for (const [name, reach] of STATES) {
      const scan = { language: lang, viewport, page: name, path: '', violations: [], needs_review: [], checks: [], passes: 0 };
      scans.push(scan);
      try {
        await reach(page, lang, found);
        await page.waitForTimeout(100);
        if (name === 'Confirmation') found.reference = (await page.locator('.panel__reference').textContent()).replace(/[\u2068\u2069]/g, '').trim();
        scan.path = new URL(page.url()).pathname + new URL(page.url()).search;
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        scan.passes = results.passes.length;
        scan.violations = results.violations.map((v) => ({
          rule: v.id, impact: v.impact, help: v.help, url: v.helpUrl, tags: v.tags.filter((t) => t.startsWith('wcag')),
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
        }));
        scan.needs_review = results.incomplete.map((v) => ({
          rule: v.id, help: v.help, url: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
        }));
        // What axe does not check.
        const facts = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
          scrollWidth: document.documentElement.scrollWidth,
          width: document.documentElement.clientWidth,
          h1: document.querySelectorAll('h1').length,
          main: document.querySelectorAll('main').length,
        }));
        const check = (id, ok, detail) => scan.checks.push({ id, ok, detail });
        check('3.1.1 language of page', facts.lang === lang, `<html lang="${facts.lang}">, expected "${lang}"`);
        check('text direction', facts.dir === (directions[lang] ?? 'ltr'), `<html dir="${facts.dir}">, expected "${directions[lang] ?? 'ltr'}"`);
        check('one main landmark, one h1', facts.main === 1 && facts.h1 === 1, `${facts.main} main, ${facts.h1} h1`);
        if (viewport === 'phone') check('1.4.10 reflow: no sideways scrolling at 390 px', facts.scrollWidth <= facts.width, `content ${facts.scrollWidth} px wide in ${facts.width} px`);
      } catch (error) {
        scan.checks.push({ id: 'page reached', ok: false, detail: String(error).split('\n')[0] });
      }
      const failed = scan.violations.length + scan.checks.filter((c) => !c.ok).length;
      console.log(`${failed ? 'FAIL' : 'ok  '} ${lang.padEnd(8)} ${viewport.padEnd(8)} ${name}${failed ? ` (${failed})` : ''}`);
    }
    await context.close();
  }
}
await browser.close();

// The report.
const commit = (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
const axeVersion = JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/axe-core/package.json'), 'utf8')).version;
const failing = scans.filter((s) => s.violations.length || s.checks.some((c) => !c.ok));
const md = [];
md.push('# Frontdesk accessibility report', '');
md.push(`Date: ${new Date().toISOString()} · app commit ${commit} · axe-core ${axeVersion} · rules tagged ${TAGS.join(', ')}`);
md.push(`Languages: ${languages.join(', ')} · screens: ${viewports.map((v) => `${v} ${VIEWPORTS[v].viewport.width}x${VIEWPORTS[v].viewport.height}`).join(', ')} · ${STATES.length} pages and states each · ${scans.length} scans`, '');
md.push(failing.length ? `**${failing.length} of ${scans.length} scans failed.**` : `**No failures in ${scans.length} scans.**`, '');
md.push('## Summary', '', '| language | screen | scans | violations | other checks failed | needs review (axe "incomplete") |', '| --- | --- | --- | --- | --- | --- |');
for (const lang of languages) for (const viewport of viewports) {
  const group = scans.filter((s) => s.language === lang && s.viewport === viewport);
  md.push(`| ${lang} | ${viewport} | ${group.length} | ${group.reduce((n, s) => n + s.violations.length, 0)} | ${group.reduce((n, s) => n + s.checks.filter((c) => !c.ok).length, 0)} | ${group.reduce((n, s) => n + s.needs_review.length, 0)} |`);
}
md.push('', '## Pages and states walked', '');
STATES.forEach(([name], i) => md.push(`${i + 1}. ${name}${scans.find((s) => s.page === name && s.path) ? ` (\`${scans.find((s) => s.page === name && s.path).path}\`)` : ''}`));
md.push('', '## Failures', '');
if (!failing.length) md.push('None.');
for (const s of failing) {
  md.push(`### ${s.page} · ${s.language} · ${s.viewport} · \`${s.path}\``, '');
  for (const v of s.violations) {
    md.push(`- **${v.rule}** (${v.impact}; ${v.tags.join(', ')}): ${v.help} — ${v.url}`);
    for (const n of v.nodes) md.push(`  - \`${n.target}\`: ${(n.summary ?? '').replace(/\n/g, ' ')}`);
  }
  for (const c of s.checks.filter((c) => !c.ok)) md.push(`- **${c.id}**: ${c.detail}`);
  md.push('');
}
md.push('## Needs review by a person', '', 'axe could not decide these automatically (for example text over a background it cannot compute); each needs a look:', '');
const review = new Map();
for (const s of scans) for (const r of s.needs_review) {
  const entry = review.get(r.rule) ?? { help: r.help, url: r.url, where: new Set(), nodes: new Map() };
  entry.where.add(s.page);
  for (const n of r.nodes) entry.nodes.set(n.target, n.summary);
  review.set(r.rule, entry);
}
if (!review.size) md.push('Nothing.');
for (const [rule, r] of review) {
  md.push(`- **${rule}**: ${r.help} — ${r.url}. On: ${[...r.where].join('; ')}`);
  for (const [target, summary] of r.nodes) md.push(`  - \`${target}\`: ${(summary ?? '').replace(/\s+/g, ' ').trim()}`);
}
md.push('', '## Not covered by this report', '',
  'Automated checks find roughly a third to a half of WCAG failures. Still to be done by people, as the',
  'accessibility statement (/accessibility) says: a pass with screen readers (TalkBack, VoiceOver, NVDA),',
  'voice control, 400 % zoom and text spacing, and the meaning of translated text.',
  'Keyboard-only journeys and focus after navigation are covered by the end-to-end tests (`make test`).');
writeFileSync(join(OUT, 'report.md'), md.join('\n') + '\n');
writeFileSync(join(OUT, 'report.json'), JSON.stringify({ date: new Date().toISOString(), commit, axe: axeVersion, tags: TAGS, languages, viewports, scans }, null, 2));
console.log(`\n${scans.length} scans, ${failing.length} failed. Report: ${join(OUT, 'report.md')}`);
process.exit(failing.length ? 1 : 0);
