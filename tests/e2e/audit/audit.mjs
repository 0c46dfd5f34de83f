// make audit: the accessibility report for auditors. Serves the release build with the reference
// back end, walks every page and state of the app (the catalogue, search, a service, each form
// step with and without errors, check your answers, the confirmation, My requests, a request's
// page, the accessibility statement, not found) in every language the configuration offers, on a
// phone and a desktop screen, and scans each with axe-core for WCAG 2.2 A and AA. Also checks
// what axe cannot: the page's language and direction, and no sideways scrolling at 390 px
// (reflow). Writes target/audit/report.md (for people) and report.json, and exits 1 when anything
// fails. Run from tests/e2e after `make build` (the Makefile does both).
//
//   node audit/audit.mjs [--languages en,ar] [--viewports phone,desktop] [--quick]
//                        [--record] [--update-transcripts]
// --record (make audit-record): a full audit writes its facts into public/accessibility.json;
// --update-transcripts (make audit-transcripts): the English phone transcripts become the golden ones.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHROMIUM, CHROMIUM_ARGS, DIST, ROOT, startReferenceServer } from '../lib/reference.mjs';
import * as checks from './checks.mjs';
import { writeAcr } from './acr.mjs';
import { CRITERIA } from './wcag22.mjs';
import { checkStatementFile } from './statement.mjs';
import * as reader from './reader.mjs';

const started = Date.now();
// A check that cannot fail is no evidence: each proves it fails on a page broken on purpose.
execFileSync(process.execPath, [join(import.meta.dirname, 'sanity.mjs')], { stdio: 'inherit' });

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
  options: { languages: { type: 'string' }, viewports: { type: 'string' }, quick: { type: 'boolean' }, record: { type: 'boolean' }, 'update-transcripts': { type: 'boolean' } },
});
const languages = args.languages ? args.languages.split(',') : config.languages;
// The languages every check runs in (the layout checks run in all).
const FULL = ['en', 'ar'];
/** The language's "Error:" title prefix: `document-title-error` up to its first variable. */
const errorPrefix = (lang) => {
  const text = readFileSync(join(DIST, 'locales', lang, 'main.ftl'), 'utf8');
  return (text.match(/^document-title-error = ([^{]*)/m)?.[1] ?? 'Error: ').trimEnd();
};
// `--quick` (make test): those checks on one state of each kind of page only.
const QUICK = new Set(['Catalogue (home)', 'Service page: every question type', 'Form: every question type, with errors', 'Form: location', 'Form: check your answers', 'Confirmation', 'A request: updates offered', 'Accessibility statement']);
const viewports = args.viewports ? args.viewports.split(',') : Object.keys(VIEWPORTS);
for (const v of viewports) if (!VIEWPORTS[v]) throw new Error(`unknown viewport ${v} (phone, desktop)`);
// `--record` (make audit-record) writes this audit's facts into the statement's source: only a
// full audit may.
if (args.record && (args.quick || args.languages || args.viewports)) throw new Error('--record needs the full audit: no --quick, --languages or --viewports');
// What the statement page shows: the file the build copied beside the app.
const shownStatement = JSON.parse(readFileSync(join(DIST, 'accessibility.json'), 'utf8'));
if (readFileSync(join(DIST, 'accessibility.json'), 'utf8') !== readFileSync(join(ROOT, 'public/accessibility.json'), 'utf8')) {
  throw new Error('dist/accessibility.json is not public/accessibility.json: make build first (the statement page shows the copy in dist/)');
}

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
  ['Accessibility statement', async (page) => { await page.goto('/accessibility'); await ready(page); await page.locator('main ul, main .notice').first().waitFor(); }],
  ['Page not found', async (page) => { await page.goto('/no/such/page'); await ready(page); }],
];

/** The statement page shows its source's facts: the last audit's date as the language writes it,
 *  and every criterion it lists (not conforming, waiting for review). */
async function statementShown(page, lang) {
  await page.locator('main ul, main .notice').first().waitFor();
  const { version, level } = shownStatement.standard;
  const expected = [`${version}`, level, ...shownStatement.not_conforming.map((g) => g.criterion), ...shownStatement.awaiting_review];
  const { text, date } = await page.evaluate(([day]) => {
    const known = Intl.DateTimeFormat.supportedLocalesOf([document.documentElement.lang]).length > 0;
    const date = known ? new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)) : day;
    return { text: document.querySelector('main').innerText, date };
  }, [shownStatement.last_audit.date]);
  const missing = [...expected, date].filter((fact) => !text.includes(fact));
  return { id: 'statement-shown', criteria: [], ok: missing.length === 0, detail: missing.length ? `public/accessibility.json's ${missing.join(', ')} not on the page (${lang})` : `standard, last audit (${date}) and ${expected.length - 2} criteria shown` };
}

/** 2.1.1: the whole journey by keyboard alone, from the catalogue to a sent request with a
 *  photo, My requests, its page, and forgetting it. Selectors only: the same in every language. */
async function keyboardOnly(page, lang) {
  await page.goto(`/?lang=${lang}`);
  await ready(page);
  const service = 'main a[href="/services/CS-DEAD-ANIMAL"]';
  const name = (await page.locator(service).first().innerText()).split('\n')[0].trim();
  const cards = () => page.locator('.request-card').count();
  let before = 0;
  return checks.keyboardJourney(page, [
    { say: 'search', to: 'input.search__input', act: { type: name }, then: '.results__count' },
    { say: 'a result', to: service, act: 'Enter', then: 'main a.button--start' },
    { say: 'start the request', to: 'main a.button--start', act: 'Enter', then: '#address' },
    { say: 'an address', to: '#address', act: { type: '4141 Living Arts Drive' } },
    { say: 'continue', to: 'main form button[type=submit]', act: 'Enter', then: '#description' },
    { say: 'a description', to: '#description', act: { type: 'Raccoon on the boulevard (keyboard journey)' } },
    { say: 'continue', to: 'main form button[type=submit]', act: 'Enter', then: 'input#photo-input' },
    { say: 'a photo', to: 'input#photo-input', act: 'file', then: 'main form img' },
    { say: 'continue', to: 'main form button[type=submit]', act: 'Enter', then: '#email' },
    { say: 'continue without contact details', to: 'main form button[type=submit]', act: 'Enter', then: 'main .button--start' },
    { say: 'send', to: 'main .button--start', act: 'Enter', then: '.panel__reference' },
    { say: 'My requests', to: 'header a[href="/requests"]', act: 'Enter', then: async (p) => { await p.locator('.request-card').first().waitFor(); before = await cards(); return before > 0; } },
    { say: 'the request and its timeline', to: '.request-card__title a', act: 'Enter', then: 'ol.timeline' },
    { say: 'My requests again', to: 'header a[href="/requests"]', act: 'Enter', then: '.request-card' },
    { say: 'forget it', to: '.request-card > button.link-button', act: 'Enter', then: async () => { for (let i = 0; i < 20 && (await cards()) >= before; i++) await page.waitForTimeout(100); return (await cards()) < before; } },
  ]);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const browserVersion = browser.version();
const scans = [];
for (const lang of languages) {
  for (const viewport of viewports) {
    const context = await browser.newContext({ ...VIEWPORTS[viewport], baseURL: BASE, serviceWorkers: 'block' });
    await context.addInitScript(checks.liveRecorder);
    await context.addInitScript(checks.listenerRecorder);
    const page = await context.newPage();
    const found = {};
    // The kinds of control whose focused and hovered contrast this language and screen has checked.
    const seenKinds = new Set();
    for (const [name, reach] of STATES) {
      const scan = { language: lang, viewport, page: name, path: '', violations: [], needs_review: [], checks: [], passes: 0 };
      scans.push(scan);
      try {
        await reach(page, lang, found);
        await page.waitForTimeout(100);
        // What the virtual screen reader heard on the way here (focus moves, live regions).
        const heard = await reader.heardSince(page);
        if (name === 'Confirmation') found.reference = (await page.locator('.panel__reference').textContent()).replace(/[\u2068\u2069]/g, '').trim();
        if (found.reference) scan.reference = found.reference;
        scan.path = new URL(page.url()).pathname + new URL(page.url()).search;
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        scan.passes = results.passes.length;
        // The criteria axe looked at here (rules that passed, failed or could not decide).
        scan.axe_tags = [...new Set([...results.passes, ...results.violations, ...results.incomplete].flatMap((r) => r.tags.filter((t) => /^wcag\d{3,}$/.test(t))))];
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
        const check = (id, ok, detail, criteria = []) => scan.checks.push({ id, criteria, ok, detail });
        check('language', facts.lang === lang, `<html lang="${facts.lang}">, expected "${lang}"`, ['3.1.1']);
        check('text direction', facts.dir === (directions[lang] ?? 'ltr'), `<html dir="${facts.dir}">, expected "${directions[lang] ?? 'ltr'}"`, ['1.3.2']);
        check('landmarks', facts.main === 1 && facts.h1 === 1, `${facts.main} main, ${facts.h1} h1`, ['1.3.1', '2.4.1']);
        if (viewport === 'phone') check('reflow', facts.scrollWidth <= facts.width, `at 390 px: content ${facts.scrollWidth} px wide in ${facts.width} px`, ['1.4.10']);
        scan.frame = await checks.frame(page);
        // Per criterion (audit/checks.mjs): layout in every language on the phone; the rest in
        // English and Arabic (left to right and right to left) on both screens.
        const more = [];
        // What live regions said on the way here (since the last state on this page).
        if (FULL.includes(lang)) more.push(...await checks.statusMessages(page));
        // First, while the page is as the resident left it (the summary has the focus).
        if (name.endsWith('with errors')) more.push(...await checks.errors(page, errorPrefix(lang)));
        // What a screen reader user hears (audit/reader.mjs), after the errors check (a Tab
        // journey moves the focus from where the page put it).
        if (viewport === 'phone') {
          // The page read from the top, and (English and Arabic) a Tab journey round it.
          const tabs = FULL.includes(lang) ? await reader.tabJourney(page) : null;
          scan.transcript = { heard, reading: await reader.read(page), tabs };
          scan.checks.push(...reader.pageChecks(scan.transcript));
        }
        if (viewport === 'phone') more.push(...await checks.reflow(page), ...await checks.spacingAndSize(page));
        if (FULL.includes(lang) && (!args.quick || QUICK.has(name))) {
          more.push(...await checks.focusWalk(page), ...await checks.contrastModes(page), ...await checks.stateContrast(page, seenKinds), ...await checks.targetSizeVariants(page), ...await checks.notApplicable(page), ...await checks.keyShortcuts(page), ...await checks.noMotionNoHover(page));
          if (viewport === 'phone') more.push(...await checks.orientation(page));
        }
        if (name === 'Catalogue (home)') more.push(...await checks.multipleWays(page));
        if (name === 'Accessibility statement') more.push(await statementShown(page, lang));
        // Last: these change the form (the next state starts elsewhere) or leave and come back.
        if (name === 'Form: every question type, with errors') more.push(...await checks.onInput(page));
        // In every language: it puts a pin on the map, which check your answers then shows (every
        // language's pages must hold the same parts to be compared with English's).
        if (name === 'Form: location, with errors') more.push(...await checks.singlePointer(page));
        if (name === 'Form: about you') more.push(...await checks.inputPurpose(page));
        if (name === 'Form: check your answers') more.push(...await checks.checkAnswers(page));
        if (name === 'Form: check your answers') more.push(...await checks.redundantEntry(page, () => page.locator('.button--start').waitFor()));
        scan.checks.push(...more);
        // Listening from here to the next state, the focus where a page left alone has it (the
        // checks above moved it; a full audit runs more of them than --quick).
        await page.evaluate(() => document.activeElement?.blur?.());
        await reader.listen(page);
      } catch (error) {
        scan.checks.push({ id: 'page reached', ok: false, detail: String(error).split('\n')[0] });
      }
      // 3.2.3 and 3.2.6: the shared parts in the same order and place as on the first page.
      const reference = scans.find((s) => s.language === lang && s.viewport === viewport && s.frame)?.frame;
      if (scan.frame && reference) scan.checks.push({ id: 'consistent-navigation', criteria: ['3.2.3', '3.2.6'], ok: scan.frame === reference, detail: scan.frame === reference ? `as on ${STATES[0][0]}: ${scan.frame}` : `${scan.frame}, where ${STATES[0][0]} has ${reference}` });
      const failed = scan.violations.length + scan.checks.filter((c) => !c.ok).length;
      console.log(`${failed ? 'FAIL' : 'ok  '} ${lang.padEnd(8)} ${viewport.padEnd(8)} ${name}${failed ? ` (${failed})` : ''}`);
    }
    // The whole journey by keyboard alone, as a scan of its own (English and Arabic).
    if (FULL.includes(lang)) {
      const scan = { language: lang, viewport, page: 'Whole journey by keyboard alone', path: '/', violations: [], needs_review: [], checks: [], passes: 0 };
      scans.push(scan);
      try {
        scan.checks.push(...await keyboardOnly(page, lang));
      } catch (error) {
        scan.checks.push({ id: 'keyboard-journey', criteria: ['2.1.1'], ok: false, detail: String(error).split('\n')[0] });
      }
      const failed = scan.checks.filter((c) => !c.ok).length;
      console.log(`${failed ? 'FAIL' : 'ok  '} ${lang.padEnd(8)} ${viewport.padEnd(8)} ${scan.page}${failed ? `: ${scan.checks.find((c) => !c.ok).detail}` : ''}`);
    }
    await context.close();
  }
}
await browser.close();

// The transcripts: written for people; English on the phone against the committed golden ones;
// the other languages against English (the same roles and announcements in the same order, no
// English interface sentence).
const TRANSCRIPTS = join(OUT, 'transcripts');
/** The statement's own facts (the last audit's day and counts, the lists of criteria) named in
 *  braces: `make audit-record` changes them, and the statement-shown check already finds them on
 *  the page; the golden transcript keeps the sentences around them. */
function statementFacts(text, language) {
  const { last_audit: audit, awaiting_review: waiting, not_conforming: failing } = shownStatement;
  const day = Intl.DateTimeFormat.supportedLocalesOf([language]).length ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${audit.date}T00:00:00Z`)) : audit.date;
  const list = (items) => (Intl.ListFormat.supportedLocalesOf([language]).length ? new Intl.ListFormat(language, { type: 'conjunction' }).format(items) : items.join(', '));
  return text.split('\n').map((line) => {
    if (!line.includes(day)) return waiting.length && line.includes(list(waiting)) ? line.replace(list(waiting), '{criteria awaiting review}').replace(` ${waiting.length} `, ' {count} ') : line;
    return line.replace(day, '{last audit}').replace(` ${audit.scans} `, ' {scans} ').replace(` ${audit.languages} `, ' {languages} ').replace(` ${audit.failed} `, ' {failed} ');
  }).join('\n').replace(new RegExp(failing.map((g) => `WCAG ${g.criterion.replaceAll('.', '\\.')}:`).join('|') || '$^', 'g'), 'WCAG {criterion}:');
}
const GOLDEN = join(ROOT, 'accessibility/transcripts/en');
const english = new Map(scans.filter((s) => s.language === 'en' && s.transcript).map((s) => [s.page, s]));
const sentences = new Map();
for (const scan of scans.filter((s) => s.transcript)) {
  const index = STATES.findIndex(([name]) => name === scan.page);
  // The one text that differs from run to run: the new request's reference.
  const text = statementFacts(reader.steady(reader.transcript({ state: scan.page, language: scan.language, viewport: scan.viewport, path: scan.path, ...scan.transcript })
    .replaceAll(scan.reference ?? '\u0000', '{reference}')), scan.language);
  const file = `${reader.slug(index, scan.page)}.txt`;
  reader.write(join(TRANSCRIPTS, `${scan.language}-${scan.viewport}`, file), text);
  const outcome = (check) => { scan.checks.push(check); if (!check.ok) console.log(`FAIL ${scan.language.padEnd(8)} ${scan.viewport.padEnd(8)} ${scan.page}: ${check.id}: ${check.detail}`); };
  if (scan.language === 'en') {
    const golden = join(GOLDEN, file);
    if (args['update-transcripts']) reader.write(golden, text);
    const before = existsSync(golden) ? readFileSync(golden, 'utf8') : null;
    const changes = before === null ? ['(no golden transcript)'] : reader.difference(before.split('\n'), text.split('\n'));
    outcome({ id: 'reader-golden', criteria: [], ok: !changes.length, detail: changes.length ? `differs from accessibility/transcripts/en/${file} (read it; make audit-transcripts takes it): ${changes.join(' ⏎ ')}` : `as accessibility/transcripts/en/${file}` });
    continue;
  }
  const base = english.get(scan.page);
  if (!base) continue;
  if (!sentences.has(scan.language)) sentences.set(scan.language, reader.englishSentences(ROOT, scan.language));
  reader.languageChecks(scan.transcript, base.transcript, sentences.get(scan.language)).forEach(outcome);
}

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
  'The whole journey by keyboard alone is walked here in English and Arabic; focus after navigation is covered by the end-to-end tests (`make test`).');
writeFileSync(join(OUT, 'report.md'), md.join('\n') + '\n');

// The conformance report, from this run's evidence and the committed reviews.
const playwrightVersion = JSON.parse(readFileSync(join(import.meta.dirname, '../node_modules/@playwright/test/package.json'), 'utf8')).version;
const acr = writeAcr({
  out: OUT, scans, reviewsPath: join(ROOT, 'accessibility/reviews.json'),
  product: `Frontdesk for ${typeof config.city.name === 'string' ? config.city.name : config.city.name[config.default_language]}`,
  version: readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)?.[1] ?? 'unknown', commit, date: new Date().toISOString().slice(0, 10),
  methods: [
    `axe-core ${axeVersion} (rules tagged ${TAGS.join(', ')}, and by id the experimental css-orientation-lock, label-content-name-mismatch, p-as-heading) through @axe-core/playwright in Chromium ${browserVersion}, Playwright ${playwrightVersion}`,
    'the audit\'s own checks (tests/e2e/audit/checks.mjs), each proved to fail on a page broken on purpose (audit/sanity.mjs): reflow at 320x256 and 320x200 on both edges; text spacing and 200 % text (nothing cut off or pushed out); target size with 200 % text and text spacing; landscape 844x390; contrast in dark mode, prefers-contrast: more and forced colours, and of each kind of control focused and hovered; a Tab walk of every focus stop (visible change in light and dark, not hidden by anything, also with text spacing; comes round, Shift+Tab goes back); no media, endless animation, password, code or puzzle',
    `a virtual screen reader, @guidepup/virtual-screen-reader ${reader.READER_VERSION}, in Chromium on the phone: each page and state read from the top, what was said on the way there (focus moves, live regions) and, in ${FULL.join(' and ')}, a Tab journey round it with each stop's name compared with Chromium's accessibility tree; English compared with the committed golden transcripts, the other languages with English (the same roles and announcements in the same order, no English interface sentence, no control without a name); transcripts in target/audit/transcripts/`,
    'page language and direction, one main and one h1 per page',
    `the whole journey by keyboard alone in ${FULL.join(' and ')} on each screen (search, a result, each form step with a photo through the file chooser, send, My requests, a request's page, forget it), each step reached by Tab and done with Enter, Space or typing`,
    'the end-to-end tests (make test): keyboard-only journeys, focus after navigation, error summaries, status messages',
  ],
  sampled: `${STATES.length} pages and states × ${languages.length} languages (${languages.join(', ')}) × ${viewports.length} screens (${viewports.map((v) => `${v} ${VIEWPORTS[v].viewport.width}x${VIEWPORTS[v].viewport.height}`).join(', ')}); layout checks in every language on the phone, the rest in ${FULL.filter((l) => languages.includes(l)).join(' and ') || 'none of these languages'}${args.quick ? ` on ${QUICK.size} of the states (--quick)` : ''}; media settings: light, dark, more contrast, forced colours, reduced motion during the focus walk`,
  review: scans.flatMap((s) => s.checks.filter((c) => c.review).flatMap((c) => c.review.map((r) => `${s.page} (${s.language}, ${s.viewport}): Chromium names ${r.chromium}; the virtual screen reader says "${r.reader}"`))),
  notCovered: ['browsers other than Chromium (Firefox, Safari and their engines)', 'real screen readers (TalkBack, VoiceOver, NVDA, JAWS) and voice control: the virtual screen reader follows the accessibility tree as the specifications say, not any one reader\'s habits (it says roles and states in English, does not read a date field\'s role, and does not enter shadow roots)', 'the quality and meaning of text alternatives, headings, labels and translations: the rows that say so need a person'],
});
// The accessibility statement's source agrees with the report just written (or, recording, is
// brought to agree).
const reportDate = new Date().toISOString().slice(0, 10);
// A narrowed run leaves criteria unlooked at ("Not evaluated"): the statement is checked against
// runs that cover what make test's does at least (English and Arabic on the phone).
const coversStatement = FULL.every((l) => languages.includes(l)) && viewports.includes('phone');
if (!coversStatement) console.log('statement not checked: this run does not cover English and Arabic on the phone');
const statementProblems = !coversStatement ? [] : checkStatementFile({
  path: join(ROOT, 'public/accessibility.json'), ftlPath: join(ROOT, 'locales/en/main.ftl'), root: ROOT, rows: acr.rows, reportDate,
  record: args.record && !failing.length ? { commit, languages: languages.length, scans: scans.length, failed: failing.length } : null,
});
if (args.record) console.log(failing.length ? 'Not recorded: the audit failed.' : `Recorded in public/accessibility.json: ${reportDate}, commit ${commit}, ${scans.length} scans (commit it; make build copies it to the app).`);
for (const p of statementProblems) console.log(`FAIL statement: ${p}`);
writeFileSync(join(OUT, 'acr.json'), JSON.stringify({ statement_problems: statementProblems, counts: acr.counts, draft: acr.draft, automated: acr.automated, total: acr.total, rows: acr.rows.map(({ id, name, level, term, verdict, automated, remarks }) => ({ id, name, level, term, verdict, automated, remarks })) }, null, 2));
writeFileSync(join(OUT, 'report.json'), JSON.stringify({ date: new Date().toISOString(), commit, axe: axeVersion, tags: TAGS, languages, viewports, scans }, null, 2));
console.log(`\n${scans.length} scans, ${failing.length} failed. Report: ${join(OUT, 'report.md')}`);
console.log(`Conformance report${acr.draft ? ' (DRAFT)' : ''}: ${join(OUT, 'acr.md')} and acr.html: ${acr.total} WCAG 2.2 A/AA criteria, ${acr.automated} with automated evidence; ${Object.entries(acr.counts).map(([t, n]) => `${t} ${n}`).join(', ')}${acr.problems.length ? `; ${acr.problems.length} problems in accessibility/reviews.json` : ''}`);
console.log(`make audit took ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failing.length || statementProblems.length ? 1 : 0);
