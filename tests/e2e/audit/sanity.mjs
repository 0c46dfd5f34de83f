// Proves each of the audit's own checks (audit/checks.mjs) can fail, and for the right reason: a
// small page broken on purpose in one way, and the check that must catch it, next to a page that
// is not broken, which must pass. `make audit` runs it first (a check that cannot fail is no
// evidence); `make test` runs it too. Exits 1 when a check misses its breakage or blames a page
// that is fine.
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/reference.mjs';
import * as checks from './checks.mjs';
import { disagreements } from './statement.mjs';
import * as reader from './reader.mjs';

const page = (body, { dir = 'ltr', style = '' } = {}) => `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Sanity</title>
<style>body{margin:0;font:16px/1.5 sans-serif} main{padding:8px} a,button{display:inline-block;min-width:44px;min-height:44px}
:focus-visible{outline:3px solid #000;outline-offset:2px} ${style}</style></head>
<body><main><h1>Sanity</h1>${body}</main></body></html>`;

const FINE = page('<p>Short text.</p><p><a href="#a">First</a> <button>Second</button></p>');
// Where a check looks for something a fine page has (an error summary, a search and topics).
const FINE_FOR = {
  errors: page('<div id="error-summary" tabindex="-1"><h2>There is a problem</h2><ul><li><a href="#email">Type an email address</a></li></ul></div><p><label for="email">Email</label><span id="email-error">Type an email address</span><input id="email" aria-invalid="true" aria-describedby="email-error"></p><script>document.title = "Error: Sanity"; document.getElementById("error-summary").focus()</script>'),
  'on-input': page('<form><label for="c">Colour</label><select id="c"><option>red</option><option>blue</option></select> <label for="t">Name</label><input id="t" type="text"></form>'),
  'redundant-entry': { url: 'http://sanity.test/check', html: page('<dl class="summary"><dt>Description</dt><dd>Raccoon</dd><dd><a href="/details">Change</a></dd></dl><button class="button--start">Send</button>') },
  'status-messages': page('<p role="status" id="s"></p><script>window.act = () => { document.getElementById("s").textContent = "Saved" }</script>'),
  'input-purpose': page('<p><label for="email">Email</label><input id="email" type="email" autocomplete="email"></p>'),
  'check-answers': page('<dl class="summary"><div class="summary__row"><dt>Description</dt><dd>Raccoon</dd><dd><a href="#d">Change</a></dd></div></dl><button class="button--start">Send</button>'),
  'keyboard-journey': page('<p><button class="go" onclick="document.body.insertAdjacentHTML(\'beforeend\', \'<p class=done>Done</p>\')">Go</button></p>'),
  'multiple-ways': page('<form role="search"><input type="search" aria-label="Search"></form><h2>Roads</h2><p><a href="/services/RD-1">Pothole</a></p>'),
};

/** What the virtual screen reader hears on the page, as the audit checks it (audit/reader.mjs). */
const hearing = async (tab) => reader.pageChecks({ heard: [], reading: await reader.read(tab), tabs: await reader.tabJourney(tab) });

/** One step of a keyboard journey: Tab to Go, Enter, Done appears. */
const goByKeyboard = (tab) => checks.keyboardJourney(tab, [{ say: 'go', to: '.go', act: 'Enter', then: '.done' }], { most: 10 });

/** [name, check, the broken page, the id of the result that must fail]. */
const CASES = [
  ['reflow: a box wider than the phone', checks.reflow, page('<div style="width:500px">wide</div>'), 'reflow'],
  ['reflow: right to left, pushed off the start edge (scrollWidth misses it)', checks.reflow,
    page('<div style="position:relative;left:300px;width:100px">off the edge</div>', { dir: 'rtl' }), 'reflow'],
  ['text spacing: a fixed-height box that hides what no longer fits', checks.spacingAndSize,
    page('<p style="height:24px;overflow:hidden;width:280px">Some words that fit on one line</p>'), 'text-spacing'],
  ['resize text: a box sized in pixels that hides larger text', checks.spacingAndSize,
    page('<p style="height:30px;width:200px;overflow:hidden;font-size:1rem">Twelve words</p>'), 'resize-text'],
  ['target size: controls too small and too close', checks.targetSizeVariants,
    page('<p><button style="all:unset;width:10px;height:10px;font-size:6px">a</button><button style="all:unset;width:10px;height:10px;font-size:6px">b</button></p>'), 'target-size-variants'],
  ['orientation: content hidden in landscape', checks.orientation,
    page('<p>Portrait only</p>', { style: '@media (orientation: landscape) { main { display: none } }' }), 'orientation'],
  ['experimental rules: a label that differs from the visible text', checks.orientation,
    page('<p><button aria-label="Remove everything">Save</button></p>'), 'experimental-rules'],
  ['contrast: dark mode with grey on grey', checks.contrastModes,
    page('<p>Readable in light</p>', { style: '@media (prefers-color-scheme: dark) { body { background:#222 } p { color:#333 } }' }), 'contrast-modes'],
  ['focus visible: the outline taken away', checks.focusWalk,
    page('<p><a href="#a" class="x">First</a></p>', { style: '.x:focus-visible { outline: none }' }), 'focus-visible'],
  ['focus not obscured: a fixed banner over the focused link', checks.focusWalk,
    page('<p style="margin-top:2000px"><a href="#a">Under the banner</a></p><div style="position:fixed;inset:0;background:#fff">banner</div>'), 'focus-not-obscured'],
  ['keyboard: a button taken out of the Tab order', checks.focusWalk, page('<p><a href="#a">First</a> <button tabindex="-1">Only by mouse</button></p>'), 'keyboard-reach'],
  ['no keyboard trap: a field that keeps the focus', checks.focusWalk,
    page('<p><input aria-label="Trap" onkeydown="if (event.key === \'Tab\') event.preventDefault()"> <a href="#b">After</a></p>'), 'no-trap'],
  ['on focus: a field that changes the title when focused', checks.focusWalk,
    page('<p><input aria-label="Name" onfocus="document.title = \'Changed\'"></p>'), 'on-focus'],
  ['character key shortcuts: a key that acts outside any field', checks.keyShortcuts,
    page('<p>Press s</p><script>addEventListener("keydown", (e) => { if (e.key === "s") document.title = "Searched" })</script>'), 'no-key-shortcuts'],
  ['errors: a summary without the focus, a field not marked invalid, no "Error:" in the title', (p) => checks.errors(p, 'Error:'),
    page('<div id="error-summary" tabindex="-1"><h2>There is a problem</h2><ul><li><a href="#email">Type an email address</a></li></ul></div><p><label for="email">Email</label><input id="email"></p>'), 'errors'],
  ['on input: a choice that changes the page title', checks.onInput,
    page('<form><label for="c">Colour</label><select id="c" onchange="document.title = this.value"><option>red</option><option>blue</option></select></form>'), 'on-input'],
  ['redundant entry: answers that are gone after a reload', (p) => checks.redundantEntry(p, () => p.locator('.button--start').waitFor()),
    { url: 'http://sanity.test/check', html: page('<dl class="summary"><dt>Description</dt><dd><script>document.write(String(Math.random()))</script></dd><dd><a href="/details">Change</a></dd></dl><button class="button--start">Send</button>') }, 'redundant-entry'],
  // The page's own `act` says something; the check looks at how.
  ['status messages: a status added to the page with its text already in it', async (p) => { await p.evaluate(checks.liveRecorder); await checks.statusMessages(p); await p.evaluate(() => window.act()); await p.waitForTimeout(20); return checks.statusMessages(p); },
    page('<p>Nothing yet</p><script>window.act = () => { const s = document.createElement("p"); s.setAttribute("role", "status"); s.textContent = "Saved"; document.querySelector("main").append(s) }</script>'), 'status-messages'],
  ['single pointer: something only dragging can move', checks.singlePointer, page('<p draggable="true">Drag me into the list</p>'), 'single-pointer'],
  ['input purpose: an email field that does not say it is one', checks.inputPurpose, page('<p><label for="email">Email</label><input id="email" type="email" autocomplete="off"></p>'), 'input-purpose'],
  ['check answers: answers without a way to change them', checks.checkAnswers, page('<dl class="summary"><div class="summary__row"><dt>Description</dt><dd>Raccoon</dd></div></dl><button class="button--start">Send</button>'), 'check-answers'],
  ['motion actuation: a page that listens to the device shaking', async (p) => { await p.evaluate(checks.listenerRecorder); await p.evaluate(() => window.act?.()); return checks.noMotionNoHover(p); },
    page('<p>Shake to undo</p><script>window.act = () => addEventListener("devicemotion", () => {})</script>'), 'no-motion-actuation'],
  ['content on hover: a tip shown when a link is hovered', checks.noMotionNoHover,
    page('<p><a href="#a" class="tip-link">Help</a><span class="tip">More help</span></p>', { style: '.tip { display: none } .tip-link:hover + .tip { display: inline }' }), 'no-hover-content'],
  ['multiple ways: a catalogue without a search', checks.multipleWays, page('<h2>Roads</h2><p><a href="/services/RD-1">Pothole</a></p>'), 'multiple-ways'],
  ['not applicable, shown by test: a video', checks.notApplicable, page('<video aria-label="Clip"></video>'), 'no-media'],
  ['not applicable, shown by test: a password', checks.notApplicable, page('<label>Password <input type="password"></label>'), 'no-authentication'],
  ['screen reader: a button with no name (an icon alone)', hearing,
    page('<p><button><svg width="24" height="24" aria-hidden="true"><circle cx="12" cy="12" r="8"/></svg></button></p>'), 'reader-names'],
  ['screen reader: a heading with nothing in it', hearing, page('<h2></h2><p>Text</p>'), 'reader-names'],
  ['screen reader: an image with no text alternative', hearing, page('<p><img src="/x.png" width="40" height="40"></p>'), 'reader-images'],
  ['keyboard journey: a control only a mouse can use (a div with a click handler)', goByKeyboard,
    page('<p><span class="go" onclick="document.body.insertAdjacentHTML(\'beforeend\', \'<p class=done>Done</p>\')">Go</span></p>'), 'keyboard-journey'],
  ['keyboard journey: a button whose key does nothing (it acts on mousedown)', goByKeyboard,
    page('<p><button class="go" onmousedown="document.body.insertAdjacentHTML(\'beforeend\', \'<p class=done>Done</p>\')">Go</button></p>'), 'keyboard-journey'],
  ['contrast: a link that turns pale when focused', checks.stateContrast, page('<p><a href="#a">First</a></p>', { style: 'a:focus { color: #ddd }' }), 'state-contrast'],
  ['contrast: a button that turns pale under the pointer', checks.stateContrast, page('<p><button>Second</button></p>', { style: 'button:hover { color: #eee; background: #fff }' }), 'state-contrast'],
  ['screen reader: a field with a hint and no label (the hint is said where the name should be)', hearing,
    page('<p><span id="h">For example 2</span><input aria-describedby="h"></p>'), 'reader-names'],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const tab = await context.newPage();
// Pages at addresses of their own, for checks that reload or follow links.
let served = {};
await tab.route('http://sanity.test/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  const html = served[path] ?? page('<p><label for="description">Description</label><textarea id="description">Raccoon</textarea></p>');
  route.fulfill({ contentType: 'text/html', body: html });
});
const open = async (what) => {
  if (typeof what === 'string') return tab.setContent(what);
  served = { [new URL(what.url).pathname]: what.html };
  await tab.goto(what.url);
};
let failures = 0;
for (const [name, check, html, id] of CASES) {
  await open(FINE_FOR[id] ?? FINE);
  const fine = (await check(tab)).filter((r) => r.id === id);
  await open(html);
  const broken = (await check(tab)).filter((r) => r.id === id);
  const caught = broken.some((r) => !r.ok);
  const clean = fine.length > 0 && fine.every((r) => r.ok);
  const ok = caught && clean;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${caught ? '' : ' (not caught)'}${clean ? '' : ` (a fine page failed: ${fine.filter((r) => !r.ok).map((r) => r.detail).join('; ')})`}`);
}
await browser.close();

// The statement check (statement.mjs): a statement that agrees with the report passes; each way
// of disagreeing is caught.
const ROWS = [
  { id: '1.1.1', term: 'Automated evidence only', verdict: false },
  { id: '1.4.10', term: 'Partially Supports', verdict: true },
  { id: '2.4.7', term: 'Supports', verdict: true },
];
const AGREES = {
  standard: { version: '2.2', level: 'AA' }, last_audit: { date: '2026-11-30', commit: 'abcdef1', languages: 18, scans: 796, failed: 0 },
  not_conforming: [{ criterion: '1.4.10', message: 'a11y-gap-reflow' }], awaiting_review: ['1.1.1'], other_gaps: ['a11y-gap-server-text'],
};
const IDS = new Set(['a11y-gap-reflow', 'a11y-gap-server-text']);
const STATEMENT_CASES = [
  ['statement: a failing criterion left out', { not_conforming: [] }, /1\.4\.10 is not conforming in the report/],
  ['statement: a criterion claimed reviewed', { awaiting_review: [] }, /1\.1\.1 is waiting for review/],
  ['statement: a criterion said to wait that the report decided', { awaiting_review: ['1.1.1', '2.4.7'] }, /lists 2\.4\.7 as waiting/],
  ['statement: another standard', { standard: { version: '2.1', level: 'AA' } }, /WCAG 2\.1 AA/],
  ['statement: a sentence that does not exist', { other_gaps: ['a11y-gap-nothing'] }, /a11y-gap-nothing/],
  ['statement: an audit after the report', { last_audit: { ...AGREES.last_audit, date: '2026-12-31' } }, /later than this report/],
  ['statement: an audit over a year old', { last_audit: { ...AGREES.last_audit, date: '2025-11-01' } }, /more than a year/],
  ['statement: a day that is not one', { last_audit: { ...AGREES.last_audit, date: '2026-02-30' } }, /is not a day/],
  ['statement: an unknown commit', { last_audit: { ...AGREES.last_audit, commit: '0000000' } }, /not in this repository/],
  ['statement: a message that is not a known problem', { other_gaps: ['catalogue-title'] }, /only a11y-gap-/],
];
const known = (commit) => commit === 'abcdef1';
const agreeing = disagreements({ statement: AGREES, rows: ROWS, reportDate: '2026-12-01', ids: IDS, commitKnown: known });
for (const [name, change, expected] of STATEMENT_CASES) {
  const found = disagreements({ statement: { ...AGREES, ...change }, rows: ROWS, reportDate: '2026-12-01', ids: IDS, commitKnown: known });
  const ok = agreeing.length === 0 && found.some((p) => expected.test(p));
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` (agreeing: ${agreeing.join('; ') || 'none'}; found: ${found.join('; ') || 'nothing'})`}`);
}
// The screen reader's comparison of a language with English (reader.languageChecks).
const EN = { heard: ['polite: 3 services'], reading: ['document', 'banner', 'end of banner', 'main', 'heading, Services, level 1', 'list', 'listitem, level 1, position 1, set size 2', 'link, Potholes', 'listitem, level 1, position 2, set size 2', 'link, Trees', 'end of list', 'end of main', 'end of document'] };
const AR = { heard: ['polite: 3 خدمات'], reading: ['document', 'banner', 'end of banner', 'main', 'heading, الخدمات, level 1', 'list', 'listitem, level 1, position 1, set size 2', 'link, الأشجار', 'listitem, level 1, position 2, set size 2', 'link, الحفر', 'end of list', 'end of main', 'end of document'] };
const LANGUAGE_CASES = [
  ['screen reader: a landmark missing in one language', { ...AR, reading: AR.reading.filter((p) => p !== 'banner' && p !== 'end of banner') }, 'reader-structure'],
  ['screen reader: a link that became plain text in one language', { ...AR, reading: AR.reading.map((p) => p.replace('link, الحفر', 'الحفر')) }, 'reader-structure'],
  ['screen reader: an announcement missing in one language', { ...AR, heard: [] }, 'reader-structure'],
  ['screen reader: an English interface sentence in another language', { ...AR, reading: [...AR.reading, 'Skip to main content'] }, 'reader-language'],
];
const SENTENCES = ['Skip to main content', 'Need help?'];
const fineLanguage = reader.languageChecks(AR, EN, SENTENCES);
for (const [name, ours, id] of LANGUAGE_CASES) {
  const found = reader.languageChecks(ours, EN, SENTENCES).filter((r) => r.id === id);
  const ok = fineLanguage.every((r) => r.ok) && found.some((r) => !r.ok);
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ` (fine: ${fineLanguage.map((r) => r.detail).join('; ')}; found: ${found.map((r) => r.detail).join('; ')})`}`);
}
const total = CASES.length + STATEMENT_CASES.length + LANGUAGE_CASES.length;
console.log(`${total - failures} of ${total} checks fail on their broken input and pass on a fine one`);
process.exit(failures ? 1 : 0);
