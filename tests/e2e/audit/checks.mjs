// The audit's own checks, one or more per WCAG 2.2 success criterion that axe-core cannot see
// (issue 17): each takes a page brought to a state and returns results
// `{ id, criteria: ['1.4.10'], ok, detail }`, and leaves the page as it found it (viewport, media
// settings, styles). audit/wcag22.mjs says which criterion each id gives evidence for;
// tests/audit-checks.spec.ts proves each one fails on a page broken on purpose.
import AxeBuilder from '@axe-core/playwright';

const result = (id, criteria, ok, detail) => ({ id, criteria, ok, detail });

/** Boxes outside the viewport on either side (not only `scrollWidth`, which misses content
 *  pushed off the start edge in right to left). Hidden text and the skip link are left out. */
async function boxesOutside(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const e of document.querySelectorAll('body *')) {
      if (e.closest('.visually-hidden, .skip-link, script, style, noscript, template')) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // What an ancestor clips (a map's tiles beyond its frame) is not on the page.
      let left = r.left;
      let right = r.right;
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') {
          const box = a.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
        }
      }
      if (right <= left) continue;
      if (left < -1 || right > width + 1) out.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} [${Math.round(left)}, ${Math.round(right)}] in ${width}`);
    }
    return { out, scroll: document.documentElement.scrollWidth > width + 1 };
  });
}

/** Text cut off: an element with text whose content overflows a box that hides it. */
async function clippedText(page) {
  return page.evaluate(() => {
    const out = [];
    for (const e of document.querySelectorAll('body *')) {
      if (e.closest('.visually-hidden, .skip-link, script, style, noscript, template')) continue;
      if (!(e.textContent ?? '').trim()) continue;
      const s = getComputedStyle(e);
      const hidesX = ['hidden', 'clip'].includes(s.overflowX);
      const hidesY = ['hidden', 'clip'].includes(s.overflowY);
      if ((hidesX && e.scrollWidth > e.clientWidth + 1) || (hidesY && e.scrollHeight > e.clientHeight + 1)) {
        out.push(`${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''}: "${e.textContent.trim().slice(0, 40)}"`);
      }
    }
    return out;
  });
}

/** Runs `inside` with `css` added to the page as a user's own style sheet would be (an
 *  inspector style sheet, through the DevTools protocol: the page's Content Security Policy
 *  rightly refuses inline styles, and must not be turned off for the audit), then takes it away. */
async function withStyle(page, css, inside) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
  await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: css });
  try {
    await page.waitForTimeout(30);
    return await inside();
  } finally {
    await cdp.send('CSS.setStyleSheetText', { styleSheetId, text: '' });
    await cdp.detach();
  }
}

/** Runs `inside` at another viewport size, then puts the old one back. */
async function atSize(page, size, inside) {
  const before = page.viewportSize();
  await page.setViewportSize(size);
  await page.waitForTimeout(50);
  try {
    return await inside();
  } finally {
    await page.setViewportSize(before);
  }
}

// WCAG's text spacing (1.4.12): line height 1.5, paragraphs 2, letters 0.12 and words 0.16 times
// the font size. Added as a user's own style sheet would be (withStyle).
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
const TEXT_200 = 'html { font-size: 200% !important; }';

/** 1.4.10 Reflow: 320x256 CSS px (a phone), and 1280x800 at 400 % (320x200): nothing outside the
 *  viewport on either side, no sideways scrolling. */
export async function reflow(page) {
  const results = [];
  for (const size of [{ width: 320, height: 256 }, { width: 320, height: 200 }]) {
    const found = await atSize(page, size, () => boxesOutside(page));
    results.push(result('reflow', ['1.4.10'], !found.out.length && !found.scroll,
      found.out.length || found.scroll ? `at ${size.width}x${size.height}: ${found.scroll ? 'scrolls sideways; ' : ''}${found.out.slice(0, 5).join('; ')}` : `at ${size.width}x${size.height}: every box inside`));
  }
  return results;
}

/** 1.4.12 Text Spacing and 1.4.4 Resize Text (root font size 200 %): no text cut off, nothing
 *  pushed outside the viewport. */
export async function spacingAndSize(page) {
  const results = [];
  for (const [id, criterion, css] of [['text-spacing', '1.4.12', TEXT_SPACING], ['resize-text', '1.4.4', TEXT_200]]) {
    const [clipped, outside] = await withStyle(page, css, async () => [await clippedText(page), await boxesOutside(page)]);
    const problems = [...clipped.map((c) => `cut off: ${c}`), ...outside.out.map((o) => `outside: ${o}`)];
    results.push(result(id, [criterion], !problems.length, problems.length ? problems.slice(0, 5).join('; ') : 'no text cut off or pushed out'));
  }
  return results;
}

/** 2.5.8 Target Size with 200 % text and with text spacing (right to left where the page is). */
export async function targetSizeVariants(page) {
  const results = [];
  for (const [name, css] of [['200 % text', TEXT_200], ['text spacing', TEXT_SPACING]]) {
    const axe = await withStyle(page, css, () => new AxeBuilder({ page }).withRules(['target-size']).analyze());
    const bad = axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    results.push(result('target-size-variants', ['2.5.8'], !bad.length, bad.length ? `${name}: ${bad.slice(0, 5).join('; ')}` : `${name}: every target 24 px or spaced`));
  }
  return results;
}

/** 1.3.4 Orientation: the page in landscape on a phone (844x390) still shows its content with
 *  no sideways scrolling; and axe's experimental rules, which tags alone never run. */
export async function orientation(page) {
  const results = [];
  const landscape = await atSize(page, { width: 844, height: 390 }, async () => ({
    outside: await boxesOutside(page),
    main: await page.evaluate(() => { const m = document.querySelector('main')?.getBoundingClientRect(); return !!m && m.width > 0 && m.height > 0; }),
  }));
  results.push(result('orientation', ['1.3.4'], landscape.main && !landscape.outside.scroll && !landscape.outside.out.length,
    landscape.main ? (landscape.outside.out.length ? landscape.outside.out.slice(0, 5).join('; ') : 'landscape 844x390: content shown, nothing outside') : 'landscape 844x390: main not shown'));
  const axe = await new AxeBuilder({ page }).withRules(['css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading']).analyze();
  for (const [rule, criteria] of [['css-orientation-lock', ['1.3.4']], ['label-content-name-mismatch', ['2.5.3']], ['p-as-heading', ['1.3.1']]]) {
    const v = axe.violations.find((x) => x.id === rule);
    results.push(result('experimental-rules', criteria, !v, v ? `${rule}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('; ')}` : `${rule}: passes`));
  }
  return results;
}

/** 1.4.3 Contrast re-scanned in dark mode, with `prefers-contrast: more` and in forced colours. */
export async function contrastModes(page) {
  const results = [];
  for (const [name, media] of [['dark', { colorScheme: 'dark' }], ['more contrast', { contrast: 'more' }], ['forced colours', { forcedColors: 'active' }]]) {
    await page.emulateMedia(media);
    try {
      await page.waitForTimeout(30);
      const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      const bad = axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
      results.push(result('contrast-modes', ['1.4.3'], !bad.length, bad.length ? `${name}: ${bad.slice(0, 5).join('; ')}` : `${name}: text contrast passes`));
    } finally {
      await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference', forcedColors: 'none' });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 1.4.3 on controls as they look focused and hovered: axe-core's colour-contrast rule on each
// kind of control (its element, classes and the landmark it sits in) while it has the focus,
// and while the pointer is over it where the screen has hover. A kind is checked once per
// language and screen (`seen`), wherever it first appears.

/** Contrast of each new kind of control on the page, focused and hovered. */
export async function stateContrast(page, seen = new Set()) {
  const kinds = await page.evaluate(() => {
    const shown = (el) => { const r = el.getBoundingClientRect(); const st = getComputedStyle(el); return r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && (el.textContent.trim() || el.value); };
    const where = (el) => (el.closest('header') ? '@header' : el.closest('footer') ? '@footer' : el.closest('aside') ? '@aside' : el.closest('main') ? '@main' : '');
    return [...document.querySelectorAll('a[href], button, input:not([type=file]):not([type=radio]):not([type=checkbox]), select, textarea, summary')]
      .filter(shown)
      .map((el, i) => { el.setAttribute('data-audit-kind', String(i)); return { i, kind: `${el.localName}${[...el.classList].sort().map((c) => `.${c}`).join('')}${where(el)}` }; });
  });
  const hover = await page.evaluate(() => matchMedia('(hover: hover)').matches);
  const failed = [];
  let checked = 0;
  for (const { i, kind } of kinds) {
    if (seen.has(kind)) continue;
    seen.add(kind);
    const target = `[data-audit-kind="${i}"]`;
    for (const state of hover ? ['focused', 'hovered'] : ['focused']) {
      if (state === 'focused') await page.focus(target);
      else await page.hover(target, { timeout: 2000 }).catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const axe = await new AxeBuilder({ page }).include(target).withRules(['color-contrast']).analyze();
      checked++;
      for (const v of axe.violations) for (const n of v.nodes) failed.push(`${kind} ${state}: ${(n.any?.[0]?.message ?? n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  await page.evaluate(() => { document.querySelectorAll('[data-audit-kind]').forEach((el) => el.removeAttribute('data-audit-kind')); document.activeElement?.blur?.(); });
  await page.mouse.move(0, 0).catch(() => {});
  if (!checked) return [];
  return [result('state-contrast', ['1.4.3'], !failed.length, failed.length ? failed.slice(0, 4).join(' | ') : `${checked} looks of new kinds of control (focused${hover ? ' and hovered' : ''}) pass`)];
}

/** The focus walk: Tab from the top through every stop. At each: 2.4.7 the focused element looks
 *  different from when it is not focused, in light and dark; 2.4.11 it is not entirely hidden
 *  (sample points with elementFromPoint), also with text spacing; 2.1.2 the walk comes round (no
 *  stop holds the focus) and Shift+Tab goes back to the stop before. */
export async function focusWalk(page, { maxStops = 250, sampled = 30 } = {}) {
  const results = [];
  for (const scheme of ['light', 'dark']) {
    // No transitions: the focused look is measured at once.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    try {
      for (const spacing of scheme === 'light' ? [false, true] : [false]) {
        // The whole walk in light; dark and text spacing over the first `sampled` stops.
        const stops = scheme === 'light' && !spacing ? maxStops : sampled;
        const part = stops !== maxStops;
        const walk = spacing ? await withStyle(page, TEXT_SPACING, () => tabThrough(page, stops, part)) : await tabThrough(page, stops, part);
        const label = `${scheme}${spacing ? ', text spacing' : ''}`;
        if (!spacing) {
          const invisible = walk.stops.filter((s) => !s.changes);
          results.push(result('focus-visible', ['2.4.7', '1.4.11'], walk.stops.length > 0 && !invisible.length,
            invisible.length ? `${label}: no visible change at ${invisible.slice(0, 5).map((s) => s.name).join('; ')}` : `${label}: ${walk.stops.length} stops, each visibly focused`));
        }
        const hidden = walk.stops.filter((s) => !s.seen);
        const off = walk.stops.filter((s) => s.offScreen).length;
        results.push(result('focus-not-obscured', ['2.4.11'], !hidden.length,
          `${label}: ${hidden.length ? `hidden at ${hidden.slice(0, 5).map((s) => s.name).join('; ')}` : `${walk.stops.length} stops, none hidden`}${off ? ` (${off} not yet scrolled onto the screen when measured)` : ''}`));
        if (scheme === 'light' && !spacing) {
          results.push(result('keyboard-reach', ['2.1.1'], walk.cameRound && !walk.unreached.length, walk.unreached.length ? `not reached by Tab: ${walk.unreached.slice(0, 5).join('; ')}` : `every control among the ${walk.stops.length} stops`));
          results.push(result('on-focus', ['3.2.1'], !walk.moved, walk.moved ? `focus changed the page ${walk.moved}` : `${walk.stops.length} stops: no change of page, address or title`));
          results.push(result('no-trap', ['2.1.2', '2.4.3'], walk.cameRound && walk.backOk,
            `${walk.cameRound ? `came round after ${walk.stops.length} stops` : `did not come round within ${maxStops} stops`}; Shift+Tab ${walk.backOk ? 'goes back' : 'did not go back to the stop before'}`));
        }
      }
    } finally {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  }
  return results;
}

async function tabThrough(page, maxStops, sampled = false) {
  // The page must have the window's focus, or :focus styles do not apply (headless Chromium
  // gives it late otherwise).
  await page.bringToFront();
  await page.evaluate(() => { window.focus(); document.activeElement?.blur?.(); window.scrollTo(0, 0); });
  await page.waitForTimeout(50);
  const start = await page.evaluate(() => `${location.href} ${document.title}`);
  let moved = null;
  const stops = [];
  let cameRound = false;
  let backOk = true;
  let first = null;
  let same = 0;
  let wrapped = 0;
  for (let i = 0; i < maxStops + 10; i++) {
    await page.keyboard.press('Tab');
    if (i === 0) await page.waitForTimeout(50);
    const stop = await page.evaluate(async () => {
      // What the resident sees: the next frame, with the focus styles applied.
      await new Promise((done) => requestAnimationFrame(() => done()));
      const e = document.activeElement;
      if (!e || e === document.body || e === document.documentElement) return null;
      if (!e.dataset.auditStop) e.dataset.auditStop = String(Math.random()).slice(2);
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      const look = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.borderColor, b.width, b.height].join('|');
      // Sample points inside each of its boxes (a link that wraps has one a line), inset from
      // the edges, on the screen.
      const points = [...e.getClientRects()].flatMap((r) => [[0.5, 0.5], [0.15, 0.15], [0.85, 0.15], [0.15, 0.85], [0.85, 0.85]].map(([x, y]) => [r.left + r.width * x, r.top + r.height * y]))
        .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
      const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
      // Hidden means covered by the page's own content (2.4.11); a box the browser has not
      // scrolled onto the screen at that moment is covered by nothing (and counted apart).
      const offScreen = points.length === 0;
      const seen = offScreen || hits.some((hit) => !!hit && (hit === e || e.contains(hit)));
      const where = seen ? '' : ` at ${[...e.getClientRects()].map((r) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}]`).join(' ')} in ${innerWidth}x${innerHeight}, under ${[...new Set(hits.map((h) => h ? `${h.tagName.toLowerCase()}.${String(h.className).split(' ')[0]}` : 'nothing'))].join(', ') || 'nothing on the screen'}`;
      const text = (e.getAttribute('aria-label') || e.textContent || e.getAttribute('name') || e.id || '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return { key: e.dataset.auditStop, name: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${text}"${where}`, look, seen, offScreen };
    });
    // 3.2.1: focusing changes no page, address or title by itself.
    const now = await page.evaluate(() => `${location.href} ${document.title}`);
    if (now !== start && !moved) moved = `after ${stops.length + 1} stops: ${now}`;
    // Past the last stop the focus leaves the page, then comes back at the top: the walk may
    // start in the middle (the browser keeps where the focus was), so it goes on round to the
    // first stop it met.
    if (!stop) { if (stops.length && ++wrapped > 1) break; continue; }
    if (stops.length && stop.key === stops.at(-1).key) {
      // A date or time field takes Tab between its parts; a field that holds it longer holds it.
      if (++same > 6) break;
      continue;
    }
    same = 0;
    if (first && stop.key === first) { cameRound = true; break; }
    if (!first) first = stop.key;
    if (stops.some((s) => s.key === stop.key)) break;
    // A sampled walk has seen enough at its count; the whole walk must come round by then.
    if (stops.length >= maxStops) { cameRound = sampled; break; }
    // Shift+Tab from here goes back to the stop before, then Tab returns (over the first stops:
    // the way back is the browser's, the same at every stop).
    if (stops.length && stops.length <= 15 && backOk) {
      await page.keyboard.press('Shift+Tab');
      const back = await page.evaluate(() => document.activeElement?.dataset?.auditStop);
      backOk = back === stops.at(-1).key;
      await page.keyboard.press('Tab');
    }
    stops.push(stop);
  }
  // 2.1.1: every control on the page was a stop (of a group of radios, one is).
  const unreached = await page.evaluate(() => {
    const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
    const controls = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
      .filter((e) => !e.disabled && visible(e) && !e.closest('[inert]'));
    const reachedGroups = new Set(controls.filter((e) => e.type === 'radio' && e.dataset.auditStop).map((e) => e.name));
    return controls.filter((e) => !e.dataset.auditStop && !(e.type === 'radio' && reachedGroups.has(e.name)))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 30)}"`);
  });
  // Each stop's look with nothing focused: a visible focus differs from it.
  const unfocused = await page.evaluate(() => {
    document.activeElement?.blur?.();
    return Object.fromEntries([...document.querySelectorAll('[data-audit-stop]')].map((e) => {
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      const look = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.borderColor, b.width, b.height].join('|');
      const key = e.dataset.auditStop;
      delete e.dataset.auditStop;
      return [key, look];
    }));
  });
  return { stops: stops.map((s) => ({ ...s, changes: unfocused[s.key] === undefined || unfocused[s.key] !== s.look })), cameRound, backOk, moved, unreached };
}

/** 1.2.x, 1.4.2, 2.2.2, 2.3.1, 2.5.4, 3.3.8 shown not to apply, by test: no audio, video,
 *  animation that plays by itself, device motion, password, code or puzzle. */
export async function notApplicable(page) {
  const facts = await page.evaluate(() => ({
    media: document.querySelectorAll('audio, video, track, object, embed, iframe').length,
    animated: document.getAnimations().filter((a) => a.playState === 'running' && (a.effect?.getTiming().iterations ?? 1) === Infinity).length,
    marquee: document.querySelectorAll('marquee, blink, img[src$=".gif"]').length,
    auth: document.querySelectorAll('input[type=password], input[autocomplete="one-time-code"], input[autocomplete="current-password"], input[autocomplete="new-password"], [class*="captcha" i], iframe[src*="captcha" i]').length,
  }));
  return [
    result('no-media', ['1.2.1', '1.2.2', '1.2.3', '1.2.4', '1.2.5', '1.4.2'], facts.media === 0, `${facts.media} audio, video or embedded elements`),
    result('no-motion', ['2.2.2', '2.3.1'], facts.animated === 0 && facts.marquee === 0, `${facts.animated} endless animations, ${facts.marquee} moving elements`),
    result('no-authentication', ['3.3.8'], facts.auth === 0, `${facts.auth} password, one-time code or puzzle fields`),
  ];
}

/** 2.1.4 Character Key Shortcuts: printable keys pressed outside any field change nothing (no
 *  page, address, title, focus or content). */
export async function keyShortcuts(page) {
  const look = () => page.evaluate(() => `${location.href}|${document.title}|${document.activeElement?.tagName}|${document.querySelector('main')?.textContent?.length}`);
  await page.evaluate(() => { document.activeElement?.blur?.(); });
  const before = await look();
  for (const key of ['a', 's', 'm', '/', '?', '1', 'j', 'k', 'Shift+G']) await page.keyboard.press(key);
  await page.waitForTimeout(50);
  const after = await look();
  return [result('no-key-shortcuts', ['2.1.4'], before === after, before === after ? 'printable keys outside fields do nothing' : `keys changed the page: ${before} -> ${after}`)];
}

/** 3.3.1 and 3.3.3, on a page showing errors: the summary has the focus and links to each field
 *  in error; each is marked invalid and described by its message; the title starts with the
 *  language's "Error:" (`document-title-error` before its first variable). */
export async function errors(page, errorPrefix) {
  const facts = await page.evaluate(() => {
    const summary = document.querySelector('#error-summary');
    const links = [...(summary?.querySelectorAll('a[href^="#"]') ?? [])].map((a) => decodeURIComponent(a.getAttribute('href').slice(1)));
    const fields = links.map((id) => {
      const field = document.getElementById(id);
      const control = field && (field.matches('input, select, textarea') ? field : field.querySelector('input, select, textarea'));
      // A group of choices (radios, boxes) is marked and described on its fieldset.
      const marked = [control, control?.closest('fieldset')].filter(Boolean);
      const invalid = marked.some((e) => e.getAttribute('aria-invalid') === 'true');
      const described = marked.flatMap((e) => (e.getAttribute('aria-describedby') ?? '').split(/\s+/)).filter(Boolean).map((d) => document.getElementById(d)?.textContent?.trim() ?? '');
      return { id, found: !!field, invalid, described: described.some((t) => t.length > 0) };
    });
    return { summary: !!summary, focused: !!summary && (document.activeElement === summary || summary.contains(document.activeElement)), fields, title: document.title };
  });
  const problems = [];
  if (!facts.summary) problems.push('no error summary');
  if (facts.summary && !facts.focused) problems.push('the summary does not have the focus');
  if (facts.summary && !facts.fields.length) problems.push('the summary links to no field');
  for (const f of facts.fields) {
    if (!f.found) problems.push(`#${f.id} does not exist`);
    else if (!f.invalid) problems.push(`#${f.id} is not marked invalid`);
    else if (!f.described) problems.push(`#${f.id} is not described by its message`);
  }
  const plainTitle = facts.title.replace(/[\u2068\u2069]/g, '');
  if (!plainTitle.startsWith(errorPrefix)) problems.push(`the title "${plainTitle}" does not start with "${errorPrefix}"`);
  return [result('errors', ['3.3.1', '3.3.3'], !problems.length, problems.length ? problems.join('; ') : `summary focused, ${facts.fields.length} fields linked, marked invalid and described; title starts with "${errorPrefix}"`)];
}

/** What 3.2.3 and 3.2.6 compare between pages: the order of the shared parts (skip link,
 *  header home link, My requests, language picker, help, footer links) among the page's
 *  landmarks and links. */
export async function frame(page) {
  return page.evaluate(() => {
    const part = (e) => {
      if (!e) return null;
      if (e.matches('.skip-link')) return 'skip link';
      if (e.matches('.site-header__home')) return 'home';
      if (e.matches('.site-header__link')) return 'my requests';
      if (e.matches('.language-picker, .language-picker *')) return 'language';
      if (e.matches('aside.help')) return 'help';
      if (e.matches('footer, footer *')) return 'footer';
      return null;
    };
    const order = [...document.querySelectorAll('.skip-link, .site-header__home, .site-header__link, .language-picker__toggle, aside.help, footer a')].map(part);
    const help = document.querySelector('aside.help');
    const main = document.querySelector('main');
    // Help after the page's content, before the footer, on every page.
    const helpPlace = help && main ? (main.compareDocumentPosition(help) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after main' : 'before main') : 'none';
    return [...order, `help ${helpPlace}`].join(' > ');
  });
}

/** 2.4.5 Multiple Ways, on the catalogue: a search and the topics that list every service. */
export async function multipleWays(page) {
  const facts = await page.evaluate(() => ({
    search: !!document.querySelector('main input[type=search], main [role=searchbox], main form[role=search] input'),
    topics: document.querySelectorAll('main h2').length,
    links: document.querySelectorAll('main a[href^="/services/"]').length,
  }));
  return [result('multiple-ways', ['2.4.5'], facts.search && facts.topics > 0 && facts.links > 0, `a search box: ${facts.search ? 'yes' : 'no'}; ${facts.topics} topics listing ${facts.links} service pages`)];
}

/** 3.2.2 On Input: changing each control of a form (choosing an option, ticking, typing) changes
 *  no page, address or title and does not move the focus. */
export async function onInput(page, { most = 20 } = {}) {
  const where = () => page.evaluate(() => `${location.href} ${document.title}`);
  const start = await where();
  const controls = page.locator('main form select, main form input[type=radio], main form input[type=checkbox], main form input[type=text], main form input[type=email], main form input[type=tel], main form input[type=number], main form input[type=date], main form input:not([type]), main form textarea');
  const count = Math.min(await controls.count(), most);
  const problems = [];
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const kind = await control.evaluate((e) => (e.tagName === 'SELECT' ? 'select' : e.type || 'text'));
    await control.focus();
    if (kind === 'select') {
      const values = await control.evaluate((e) => [...e.options].map((o) => o.value));
      if (values.length > 1) await control.selectOption(values.at(-1));
    } else if (kind === 'radio' || kind === 'checkbox') {
      await page.keyboard.press('Space');
    } else if (kind === 'date') {
      await page.keyboard.type('01012025');
    } else {
      await page.keyboard.type('4');
    }
    await page.waitForTimeout(30);
    const now = await where();
    const stays = await control.evaluate((e) => document.activeElement === e);
    const name = await control.evaluate((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`);
    if (now !== start) problems.push(`changing ${name} changed the page: ${now}`);
    else if (!stays) problems.push(`changing ${name} moved the focus`);
    if (problems.length) break;
  }
  return [result('on-input', ['3.2.2'], count > 0 && !problems.length, problems.length ? problems.join('; ') : count ? `${count} controls changed: no change of page, address, title or focus` : 'no form controls to change')];
}

/** 3.3.7 Redundant Entry, on check your answers: after a reload, after "Change" and after the
 *  browser's Back, every answer given is still there, never asked again. `ready` waits for the
 *  check page. */
export async function redundantEntry(page, ready) {
  const answers = () => page.evaluate(() => document.querySelector('.summary')?.innerText.replace(/[\u2068\u2069]/g, '').trim() ?? '');
  const before = await answers();
  const problems = [];
  await page.reload();
  await ready();
  if ((await answers()) !== before) problems.push('after a reload the answers differ');
  const change = page.locator('.summary a[href*="/details"]').first();
  if (await change.count()) {
    await change.click();
    const description = page.locator('#description');
    await description.waitFor();
    const value = (await description.inputValue()).trim();
    if (!value || !before.includes(value)) problems.push(`"Change" shows the description ${value ? 'changed' : 'empty'}`);
    await page.goBack();
    await ready();
    if ((await answers()) !== before) problems.push('after Back the answers differ');
  } else {
    problems.push('no "Change" link to the details');
  }
  return [result('redundant-entry', ['3.3.7'], before.length > 0 && !problems.length, problems.length ? problems.join('; ') : 'after a reload, "Change" and Back every answer is still there')];
}

/** Installed in every page the audit opens (context.addInitScript): records, once the audit arms
 *  it, each change of text in a live region (role status, log or alert, aria-live), and each
 *  region added to the page already holding its text, which screen readers do not announce. */
export function liveRecorder() {
  const record = { armed: false, updates: 0, fresh: [] };
  window.__auditLive = record;
  const selector = '[role=status], [role=log], [role=alert], [aria-live]';
  const start = () => new MutationObserver((list) => {
    if (!record.armed) return;
    for (const m of list) {
      for (const n of m.addedNodes) {
        if (n.nodeType !== 1) continue;
        for (const r of [n, ...n.querySelectorAll(selector)].filter((e) => e.matches(selector))) {
          // An alert is announced when it appears; a polite region must be there first.
          if (r.matches('[role=alert], [aria-live=assertive]') || r.getAttribute('aria-live') === 'off') continue;
          const text = r.textContent.trim();
          if (text) record.fresh.push(`${r.tagName.toLowerCase()}${r.id ? `#${r.id}` : ''}${r.className ? `.${String(r.className).split(' ')[0]}` : ''} "${text.slice(0, 40)}"`);
        }
      }
      const target = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (target?.closest(selector) && !(m.addedNodes.length && [...m.addedNodes].some((n) => n.nodeType === 1 && n.matches?.(selector)))) record.updates++;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
}

/** 4.1.3 Status Messages: what the live-region recorder saw since the last look; arms it for
 *  what comes next on this page. */
export async function statusMessages(page) {
  const seen = await page.evaluate(() => {
    const r = window.__auditLive;
    if (!r) return null;
    const out = { armed: r.armed, updates: r.updates, fresh: [...r.fresh] };
    r.armed = true;
    r.updates = 0;
    r.fresh = [];
    return out;
  });
  if (!seen || !seen.armed) return [];
  return [result('status-messages', ['4.1.3'], !seen.fresh.length, seen.fresh.length ? `status text in a region added with it: ${[...new Set(seen.fresh)].slice(0, 5).join('; ')}` : `${seen.updates} changes in live regions that were there before`)];
}

/** 2.5.7 Dragging Movements and 2.5.1 Pointer Gestures: nothing is draggable without another
 *  way, and the map (which pans by dragging) has a button for each move and zoom, and takes a
 *  pin with a single tap: a tap on the frame puts it there. */
export async function singlePointer(page) {
  const facts = await page.evaluate(() => ({
    draggable: document.querySelectorAll('[draggable=true]').length,
    map: !!document.querySelector('.map__frame'),
    moves: document.querySelectorAll('.map-controls__move button').length,
    zooms: document.querySelectorAll('.map-controls__zoom button').length,
  }));
  const results = [result('single-pointer', ['2.5.7', '2.5.1'], facts.draggable === 0, `${facts.draggable} draggable elements`)];
  if (facts.map) {
    const frame = page.locator('.map__frame');
    const box = await frame.boundingBox();
    const before = await page.evaluate(() => document.querySelector('.map__pin')?.style.transform ?? null);
    // One tap, away from the middle (where a pin may already be).
    await frame.click({ position: { x: box.width * 0.3, y: box.height * 0.3 } });
    await page.waitForTimeout(100);
    const after = await page.evaluate(() => document.querySelector('.map__pin')?.style.transform ?? null);
    const tapped = after !== null && after !== before;
    results.push(result('single-pointer', ['2.5.7', '2.5.1'], facts.moves >= 4 && facts.zooms >= 2 && tapped,
      `the map: ${facts.moves} move buttons, ${facts.zooms} zoom buttons; a single tap ${tapped ? 'puts the pin' : 'did not put the pin'}`));
  }
  return results;
}

/** 1.3.5 Identify Input Purpose, on a page asking about the resident: each field for a name,
 *  an email address or a phone number says so with its autocomplete token. */
export async function inputPurpose(page) {
  const fields = await page.evaluate(() => [...document.querySelectorAll('main input')].filter((e) => ['text', 'email', 'tel'].includes(e.type)).map((e) => ({
    id: e.id, type: e.type, token: (e.getAttribute('autocomplete') ?? '').trim(),
    label: document.querySelector(`label[for="${CSS.escape(e.id)}"]`)?.textContent?.trim() ?? '',
  })));
  const about = fields.filter((f) => f.type === 'email' || f.type === 'tel' || /name/i.test(f.id));
  const missing = about.filter((f) => !['given-name', 'family-name', 'name', 'email', 'tel'].includes(f.token));
  return [result('input-purpose', ['1.3.5'], about.length > 0 && !missing.length, about.length ? (missing.length ? `no purpose on ${missing.map((f) => `#${f.id}`).join(', ')}` : about.map((f) => `#${f.id}: ${f.token}`).join(', ')) : 'no field about the resident on this page')];
}

/** 3.3.4 Error Prevention: before a request is sent, every answer is shown with a way to change
 *  it, and sending is a separate, deliberate step. */
export async function checkAnswers(page) {
  const facts = await page.evaluate(() => ({
    rows: document.querySelectorAll('.summary .summary__row').length,
    changes: document.querySelectorAll('.summary .summary__row a').length,
    send: !!document.querySelector('main .button--start'),
  }));
  return [result('check-answers', ['3.3.4'], facts.rows > 0 && facts.changes === facts.rows && facts.send, `${facts.rows} answers, ${facts.changes} "Change" links, ${facts.send ? 'a separate Send button' : 'no Send button'}`)];
}

/** Installed with the live-region recorder: notes which kinds of event the page listens for. */
export function listenerRecorder() {
  const kinds = new Set();
  window.__auditListeners = kinds;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    kinds.add(String(type));
    return add.call(this, type, ...rest);
  };
  for (const name of ['ondevicemotion', 'ondeviceorientation']) {
    const d = Object.getOwnPropertyDescriptor(window, name);
    if (d?.set) Object.defineProperty(window, name, { ...d, set(v) { kinds.add(name.slice(2)); d.set.call(this, v); } });
  }
}

/** 2.5.4 Motion Actuation shown not to apply: the page never listens to the device's motion or
 *  orientation (and the Permissions-Policy turns the sensors off). 1.4.13 Content on Hover or
 *  Focus: no style rule shows other content when something is hovered or focused (the focused
 *  element's own look aside). */
export async function noMotionNoHover(page) {
  const facts = await page.evaluate(() => {
    const kinds = window.__auditListeners ? [...window.__auditListeners] : null;
    const shows = [];
    const look = (rules) => {
      for (const rule of rules) {
        if (rule.cssRules && !(rule instanceof CSSStyleRule)) { look(rule.cssRules); continue; }
        if (!(rule instanceof CSSStyleRule)) continue;
        for (const selector of rule.selectorText.split(',')) {
          // A :hover or :focus followed by a combinator styles something else.
          if (!/:(hover|focus|focus-within|focus-visible)[^,]*[\s>+~][^,]*$/.test(selector.trim())) continue;
          const s = rule.style;
          if (s.display || s.visibility || s.opacity || s.clip || s.clipPath || s.maxHeight || s.height) shows.push(selector.trim());
        }
      }
    };
    for (const sheet of document.styleSheets) { try { look(sheet.cssRules); } catch { /* another origin's sheet */ } }
    return { kinds, shows };
  });
  const results = [];
  if (facts.kinds) {
    const motion = facts.kinds.filter((k) => ['devicemotion', 'deviceorientation', 'deviceorientationabsolute'].includes(k));
    results.push(result('no-motion-actuation', ['2.5.4'], !motion.length, motion.length ? `listens to ${motion.join(', ')}` : 'no listener for device motion or orientation'));
  }
  results.push(result('no-hover-content', ['1.4.13'], !facts.shows.length, facts.shows.length ? `shown on hover or focus: ${facts.shows.slice(0, 5).join('; ')}` : 'no style shows other content on hover or focus'));
  return results;
}

// ---------------------------------------------------------------------------------------------
// 2.1.1 Keyboard: a whole journey by keyboard alone. Each step Tabs (at most `most` times) until
// its target has the focus, then acts on it with keys only: Enter, typing, or Space on a file
// field (the file chooser a resident would get, answered with a picture). A step whose target no
// Tab reaches, or whose key does nothing, ends the journey, named.

/** A picture drawn in the page, as PNG bytes, for the file chooser. */
const picture = async (page) => Buffer.from(await page.evaluate(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const context = canvas.getContext('2d');
  context.fillStyle = '#8a3';
  context.fillRect(0, 0, 64, 48);
  return canvas.toDataURL('image/png').split(',')[1];
}), 'base64');

/** Tabs until `selector` has the focus; the number of presses, or null when it never does. */
async function tabTo(page, selector, most) {
  for (let presses = 0; presses <= most; presses++) {
    const here = await page.evaluate((s) => { const el = document.querySelector(s); return !!el && el === document.activeElement; }, selector);
    if (here) return presses;
    await page.keyboard.press('Tab');
  }
  return null;
}

/**
 * Runs `steps` ({ say, to, act: 'Enter' | 'Space' | { type } | 'file', then }) by keyboard alone:
 * `to` the CSS selector Tab must reach, `then` one that must appear afterwards (or a function of
 * the page that says whether the key did its work).
 */
export async function keyboardJourney(page, steps, { most = 80, stepSeconds = 30 } = {}) {
  const done = [];
  let presses = 0;
  for (const step of steps) {
    if (process.env.FRONTDESK_AUDIT_DEBUG) console.log(`journey: ${step.say}`);
    // A step that hangs is a failure that names it, not an audit that never ends.
    let timer;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve('late'), stepSeconds * 1000); });
    const outcome = await Promise.race([journeyStep(page, step, most), late]);
    clearTimeout(timer);
    if (outcome === 'late') return [{ id: 'keyboard-journey', criteria: ['2.1.1'], ok: false, detail: `${step.say}: not done within ${stepSeconds} s (after ${done.join(', ') || 'the start'})` }];
    if (outcome.problem) return [{ id: 'keyboard-journey', criteria: ['2.1.1'], ok: false, detail: `${outcome.problem} (after ${done.join(', ') || 'the start'})` }];
    presses += outcome.presses;
    done.push(step.say);
  }
  return [{ id: 'keyboard-journey', criteria: ['2.1.1'], ok: true, detail: `${steps.length} steps by keyboard alone, ${presses} key presses: ${done.join(', ')}` }];
}

/** One step of a journey: { presses } when done, { problem } when not. */
async function journeyStep(page, step, most) {
  let presses = 0;
  // As a person would, after the page has done what it does on arriving: it moves the focus to
  // its heading once it has drawn, which would take the focus from a field just reached. Settled
  // when the focus has stayed put for 300 ms (at most 5 s).
  await page.evaluate(async () => {
    let last = document.activeElement;
    let still = 0;
    for (let waited = 0; waited < 5000 && still < 3; waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
      still = document.activeElement === last ? still + 1 : 0;
      last = document.activeElement;
    }
  });
  const tabs = await tabTo(page, step.to, most);
  if (tabs === null) return { problem: `${step.say}: ${most} Tabs never reached ${step.to}` };
  presses += tabs;
  if (step.act === 'file') {
    // The picture first: nothing runs in the page while its file chooser is open.
    const buffer = await picture(page);
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 }).catch(() => null);
    await page.keyboard.press('Space');
    const opened = await chooser;
    if (!opened) return { problem: `${step.say}: Space on ${step.to} opened no file chooser (the focus was on ${await page.evaluate(() => { const el = document.activeElement; return el ? `${el.localName}${el.id ? `#${el.id}` : ''}` : 'nothing'; })})` };
    await opened.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer });
  } else if (step.act?.type !== undefined) {
    await page.keyboard.type(step.act.type);
  } else {
    await page.keyboard.press(step.act);
  }
  presses += 1;
  if (step.then) {
    const appeared = typeof step.then === 'function'
      ? await step.then(page)
      : await page.locator(step.then).first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (!appeared) return { problem: `${step.say}: ${step.act?.type !== undefined ? 'typing' : step.act} on ${step.to} did not bring ${typeof step.then === 'function' ? 'its result' : step.then}` };
  }
  return { presses };
}
