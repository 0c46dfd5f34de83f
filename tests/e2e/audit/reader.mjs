// What a screen reader user hears (issue 17, part 2): @guidepup/virtual-screen-reader (npm) run
// inside Chromium on every page and state the audit walks.
//
// - Injected through the DevTools protocol (Playwright's evaluate), which the page's Content
//   Security Policy does not govern, so the policy stays on. The package ships one
//   self-contained ES module for browsers; its closing `export {…}` becomes a `return`.
// - For each state: what was said on the way there (focus moves and live regions, heard while
//   the audit clicked and typed), the page read from the top with the reader's "next" (as a
//   user reads with swipes or arrow keys), and a Tab journey from the top with the real
//   keyboard, where each stop's phrase is compared with Chromium's own accessibility tree (CDP
//   `Accessibility.getPartialAXTree`): where they disagree on a name, it is listed for review.
// - Transcripts: target/audit/transcripts/<language>-<screen>/<NN>-<state>.txt. English on the
//   phone is compared with the committed golden ones in accessibility/transcripts/en/ (a change
//   fails until a person has read it and run `make audit-transcripts`); the other languages are
//   held to invariants against English: no control or heading without a name, no English
//   interface sentence, the same roles, landmarks and announcements in the same order.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@guidepup/virtual-screen-reader/package.json'));
export const READER_VERSION = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;

/** The reader as a script that sets `globalThis.__reader` (the package's exports). */
const SCRIPT = (() => {
  const source = readFileSync(join(PACKAGE, 'lib/esm/index.browser.js'), 'utf8');
  const exports = source.match(/export\s*\{([^}]*)\}\s*;?/g);
  if (exports?.length !== 1) throw new Error(`@guidepup/virtual-screen-reader ${READER_VERSION}: expected one export statement in its browser bundle, found ${exports?.length ?? 0}`);
  const fields = exports[0].replace(/^export\s*\{|\}\s*;?$/g, '').split(',')
    .map((s) => s.trim().split(/\s+as\s+/)).map(([local, name]) => `${name ?? local}:${local}`).join(',');
  const body = source.replace(exports[0], `return {${fields}};`).replace(/\/\/# sourceMappingURL=.*$/m, '');
  return `globalThis.__reader = globalThis.__reader ?? (function(){${body}\n})(); void 0;`;
})();

const inject = (page) => page.evaluate(SCRIPT);

// Fluent's isolation marks around each variable (U+2068, U+2069): invisible, and not read.
const clean = (phrases) => phrases.map((p) => p.replace(/[\u2068\u2069]/g, ''));

/** Starts the reader listening on the page (what it hears until `heardSince` is asked). */
export async function listen(page) {
  await inject(page);
  await page.evaluate(async () => {
    await globalThis.__reader.virtual.stop();
    await globalThis.__reader.virtual.start({ container: document.body });
  });
}

/** What the reader heard since `listen` (nothing when the page was loaded afresh since). */
export async function heardSince(page) {
  return page.evaluate(async () => {
    const reader = globalThis.__reader?.virtual;
    if (!reader) return [];
    await new Promise((r) => setTimeout(r, 0));
    const log = [...await reader.spokenPhraseLog()];
    await reader.stop();
    // The first phrase is the reader arriving at the document where it started.
    return log.slice(1);
  }).then(clean);
}

/** The page read from the top, phrase by phrase, to "end of document". */
export async function read(page) {
  await inject(page);
  return page.evaluate(async () => {
    const reader = globalThis.__reader.virtual;
    await reader.stop();
    await reader.start({ container: document.body });
    for (let steps = 0; (await reader.lastSpokenPhrase()) !== 'end of document' && steps < 3000; steps++) await reader.next();
    const log = [...await reader.spokenPhraseLog()];
    await reader.stop();
    return log;
  }).then(clean);
}

/**
 * A Tab journey with the real keyboard, once round the page, from the top: each stop's phrase
 * and Chromium's role and name for the focused element.
 */
export async function tabJourney(page) {
  await inject(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  await page.evaluate(async () => {
    await globalThis.__reader.virtual.stop();
    await globalThis.__reader.virtual.start({ container: document.body });
  });
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < 300; i++) {
    const before = await page.evaluate(async () => (await globalThis.__reader.virtual.spokenPhraseLog()).length);
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(async (before) => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const all = document.getElementsByTagName('*');
      const said = [...await globalThis.__reader.virtual.spokenPhraseLog()].slice(before);
      return { order: Array.prototype.indexOf.call(all, el), said };
    }, before);
    if (!stop) continue;
    // A date field's parts (day, month, year) are stops inside one element: one stop.
    if (stops.length && stop.order === stops[stops.length - 1].order) continue;
    if (seen.has(stop.order)) break;
    seen.add(stop.order);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
    const node = nodes.find((n) => !n.ignored) ?? nodes[0];
    stops.push({ ...stop, said: clean(stop.said), chromium: { role: node?.role?.value ?? '', name: clean([node?.name?.value ?? ''])[0] } });
  }
  await page.evaluate(() => globalThis.__reader.virtual.stop());
  await cdp.detach();
  // From the top: the walk began wherever the browser kept the focus.
  const first = stops.reduce((min, s, i) => (s.order < stops[min].order ? i : min), 0);
  return [...stops.slice(first), ...stops.slice(0, first)];
}

/** The phrase said for a Tab stop: the last that is not a live region's. */
export const stopPhrase = (stop) => [...stop.said].reverse().find((p) => !/^(polite|assertive): /.test(p)) ?? '';

/** Where the reader and Chromium disagree on a stop's name (for a person to look at). */
export function nameDisagreements(stops) {
  return stops.flatMap((stop) => {
    const phrase = stopPhrase(stop);
    const name = stop.chromium.name.trim();
    if (!name || phrase.includes(name)) return [];
    return [{ reader: phrase || '(nothing said)', chromium: `${stop.chromium.role} "${name}"` }];
  });
}

// The reader's words for roles that must have a name, and for the properties it says after one.
const NAMED = ['link', 'button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'heading', 'listbox', 'option', 'menuitem', 'tab', 'switch', 'slider', 'spinbutton', 'img', 'image', 'figure', 'dialog', 'alertdialog'];
// Chromium's roles for controls that must have a name.
const CHROMIUM_NAMED = new Set(['link', 'button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'option', 'listbox', 'textField', 'TextField', 'PopUpButton', 'ComboBoxSelect', 'ComboBoxMenuButton', 'image', 'img']);
const PROPERTY = /^(level \d|position \d|set size|(not )?(checked|selected|pressed|expanded|disabled)|partially checked|invalid|required|read only|readonly|current|has popup|placeholder|\d+ of \d+|busy|multiselectable|orientation)/;

/** Phrases of a control, heading or image said with no name ("button", "heading, level 2"). */
export function unnamed(phrases) {
  return phrases.filter((phrase) => {
    const [role, next] = phrase.split(', ');
    return NAMED.includes(role) && (next === undefined || PROPERTY.test(next));
  });
}

/** A phrase's kind for comparing languages: its role (or "end of …", or a live region's
 *  politeness); plain text is left out, since languages split sentences differently. */
export function kinds(phrases) {
  return phrases.flatMap((phrase) => {
    const live = phrase.match(/^(polite|assertive): /);
    if (live) return [live[1]];
    // A live region's end is said only while it holds text, which comes and goes with time:
    // its start is kept, its end is not compared.
    if (/^end of (status|alert|log)\b/.test(phrase)) return [];
    if (/^end of /.test(phrase)) return [phrase.replace(/, .*$/, '')];
    const [role] = phrase.split(', ');
    if (ROLES.has(role)) return [phrase.split(', ').filter((part, i) => i === 0 || /^level \d/.test(part)).join(' ')];
    return [];
  });
}
const ROLES = new Set([...NAMED, 'document', 'banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'form', 'search', 'list', 'listitem', 'group', 'radiogroup', 'alert', 'status', 'table', 'row', 'cell', 'columnheader', 'rowheader', 'separator', 'term', 'definition', 'article', 'note', 'progressbar', 'log', 'paragraph', 'blockquote', 'code', 'emphasis', 'strong', 'generic', 'deletion', 'insertion', 'time', 'mark', 'meter', 'menu', 'menubar', 'toolbar', 'tablist', 'tabpanel', 'tree', 'treeitem', 'grid', 'gridcell']);

// Landmarks and the top headings: where a page's parts are, whatever the language.
const PLACE = /^(end of )?(banner|navigation|main|complementary|contentinfo|search|form|region|status|alert)$|^heading level [12]$/;

/**
 * How the reading of one language (`ours`) differs in structure from English's (`theirs`): the
 * landmarks and top headings in the same order, and the same roles as many times each (lists
 * sorted by each language's own alphabet put the same items in another order). Empty when alike.
 */
export function structureDifference(theirs, ours) {
  const places = (kinds) => kinds.filter((k) => PLACE.test(k));
  const placeChanges = difference(places(theirs), places(ours), 1);
  if (placeChanges.length) return placeChanges;
  const count = (kinds) => kinds.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
  const [a, b] = [count(theirs), count(ours)];
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: English ${a.get(k) ?? 0}, here ${b.get(k) ?? 0}`);
}

/** The lines of `a` and `b` that differ, as "- " and "+ " lines, around the first difference. */
export function difference(a, b, context = 3) {
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  if (first === a.length && first === b.length) return [];
  let endA = a.length;
  let endB = b.length;
  while (endA > first && endB > first && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  return [
    ...a.slice(Math.max(0, first - context), first).map((l) => `  ${l}`),
    ...a.slice(first, Math.min(endA, first + 12)).map((l) => `- ${l}`),
    ...b.slice(first, Math.min(endB, first + 12)).map((l) => `+ ${l}`),
  ];
}

/** English interface sentences (main.ftl values without variables, two words or more) that
 *  `language` does not itself use: their appearance in its transcript is untranslated text. */
export function englishSentences(root, language) {
  const values = (lang) => {
    const path = join(root, 'locales', lang, 'main.ftl');
    if (!existsSync(path)) return new Set();
    return new Set([...readFileSync(path, 'utf8').matchAll(/^[a-z][a-z0-9-]* = ([^{\n]+)$/gm)].map((m) => m[1].trim()));
  };
  const own = [...values(language)];
  // A term a translator keeps in English inside their own sentence (Tagalog's "Reference
  // number ng kahilingan") is theirs to keep.
  return [...values('en')].filter((v) => v.split(/\s+/).length >= 2 && !own.some((o) => o.includes(v)));
}

/** What the reader said on one page: no control, heading or image without a name. */
export function pageChecks({ heard, reading, tabs }) {
  const said = [...heard, ...reading, ...(tabs ?? []).map(stopPhrase)];
  // A name the reader left out may hide behind a value or a description it says in its place:
  // Chromium's own name for each Tab stop is asked too.
  const chromiumNameless = (tabs ?? []).filter((s) => CHROMIUM_NAMED.has(s.chromium.role) && !s.chromium.name.trim()).map((s) => `${stopPhrase(s) || s.chromium.role} (Chromium: ${s.chromium.role} with no name)`);
  const nameless = [...unnamed(said), ...chromiumNameless];
  const images = nameless.filter((p) => /^(img|image|figure)\b/.test(p));
  const controls = nameless.filter((p) => !images.includes(p));
  const disagreements = nameDisagreements(tabs ?? []);
  return [
    { id: 'reader-names', criteria: ['4.1.2'], ok: !controls.length, detail: controls.length ? `said with no name: ${[...new Set(controls)].slice(0, 5).join(' | ')}` : `${said.length} phrases, every control and heading named${tabs ? `; ${tabs.length} Tab stops, ${disagreements.length} names unlike Chromium's` : ''}` },
    { id: 'reader-images', criteria: ['1.1.1'], ok: !images.length, detail: images.length ? `images said with no name: ${images.length}` : 'no image said without a name' },
    ...(disagreements.length ? [{ id: 'reader-chromium-names', criteria: [], ok: true, review: disagreements, detail: `for review: ${disagreements.map((d) => `${d.chromium} / reader: ${d.reader}`).join(' | ')}` }] : []),
  ];
}

/** One language's reading against English's on the same page and screen: the same structure
 *  and announcements (1.3.1), and no English interface sentence read out (3.1.2). */
export function languageChecks(ours, english, sentences) {
  const kindsOurs = kinds(ours.reading);
  const heardOurs = kinds(ours.heard);
  const changes = [...structureDifference(kinds(english.reading), kindsOurs), ...difference(kinds(english.heard), heardOurs, 1)];
  const said = [...ours.heard, ...ours.reading];
  const untranslated = sentences.filter((sentence) => said.some((p) => p.includes(sentence)));
  return [
    { id: 'reader-structure', criteria: ['1.3.1'], ok: !changes.length, detail: changes.length ? `unlike English: ${changes.slice(0, 8).join(' ⏎ ')}` : `the same ${kindsOurs.length} roles and ${heardOurs.length} announcements as English` },
    { id: 'reader-language', criteria: ['3.1.2'], ok: !untranslated.length, detail: untranslated.length ? `English interface text read out: ${untranslated.slice(0, 3).join(' | ')}` : 'no English interface sentence read out' },
  ];
}

// What changes from one run to the next in English: the new request's local id in an address,
// and dates and times ("Dec 2, 2026, 10:18 AM").
const VOLATILE = [
  [/\/sent\/[0-9a-f]{8,}/g, '/sent/{id}'],
  [/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}, \d{1,2}:\d{2}[\s\u202f][AP]M\b/g, '{date and time}'],
];
/** `text` with what changes from run to run replaced by a name for it. */
export const steady = (text) => VOLATILE.reduce((t, [pattern, name]) => t.replace(pattern, name), text);

/** A transcript file's text. */
export function transcript({ state, language, viewport, path, heard, reading, tabs }) {
  return [
    `# ${state} · ${language} · ${viewport} · ${path}`,
    `# @guidepup/virtual-screen-reader ${READER_VERSION} in Chromium: what a screen reader user hears`,
    '', '## Heard on the way here (focus moves and live regions)', ...(heard.length ? heard : ['(nothing)']),
    '', '## Read from the top', ...reading,
    '', '## Tab from the top', ...(tabs ? tabs.map(stopPhrase) : ['(not walked here)']),
    '',
  ].join('\n');
}

/** Writes `text` to `path`, making its folder. */
export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A state's name as a file name. */
export const slug = (index, state) => `${String(index + 1).padStart(2, '0')}-${state.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
