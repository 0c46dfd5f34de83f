// Proves each of the audit's own checks (audit/checks.mjs) can fail, and for the right reason: a
// small page broken on purpose in one way, and the check that must catch it, next to a page that
// is not broken, which must pass. `make audit` runs it first (a check that cannot fail is no
// evidence); `make test` runs it too. Exits 1 when a check misses its breakage or blames a page
// that is fine.
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/reference.mjs';
import * as checks from './checks.mjs';

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
  'multiple-ways': page('<form role="search"><input type="search" aria-label="Search"></form><h2>Roads</h2><p><a href="/services/RD-1">Pothole</a></p>'),
};

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
console.log(`${CASES.length - failures} of ${CASES.length} checks fail on their broken page and pass on a fine one`);
process.exit(failures ? 1 : 0);
