// The conformance report (issue 17): target/audit/acr.md and acr.html, in the form of the
// VPAT 2.5 WCAG edition's table, one row for every WCAG 2.2 A and AA success criterion, built
// from the evidence `make audit` just gathered (axe-core's rules by their WCAG tags, the audit's
// own checks by criterion) and the reviews people committed in accessibility/reviews.json.
//
// The rules for a row's conformance term:
// - automated evidence failing anywhere: never "Supports"; "Does Not Support" when it fails in
//   every scan that looked, "Partially Supports" otherwise (a review cannot lift this);
// - a criterion that needs a person ("person" in wcag22.mjs) without a review: "Automated
//   evidence only" (or "Not evaluated" where nothing automated looked), which is not a verdict;
// - a review's verdict otherwise; "Not Applicable" where the criterion's not-applicable check
//   passed everywhere; "Supports" where automated evidence alone decides it and all passed;
// - no evidence at all: "Not evaluated", not a verdict.
// The report is a DRAFT while any row lacks a verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRITERIA, axeTag } from './wcag22.mjs';

export const VERDICTS = ['Supports', 'Partially Supports', 'Does Not Support', 'Not Applicable'];
const REVIEW_VERDICTS = new Map(VERDICTS.map((v) => [v.toLowerCase(), v]));

/** The committed reviews, checked: each entry names its criterion, reviewer, date, the commit
 *  reviewed, browser, assistive technology and a verdict. Problems are returned, not thrown. */
export function readReviews(path) {
  const problems = [];
  let entries = [];
  try {
    entries = JSON.parse(readFileSync(path, 'utf8')).reviews ?? [];
  } catch (error) {
    return { reviews: new Map(), problems: [`${path}: ${error.message}`] };
  }
  const reviews = new Map();
  entries.forEach((e, i) => {
    const missing = ['criterion', 'reviewer', 'date', 'commit', 'browser', 'assistive_technology', 'verdict'].filter((k) => !String(e[k] ?? '').trim());
    if (missing.length) return problems.push(`${path}: review ${i + 1} lacks ${missing.join(', ')}`);
    if (!CRITERIA.some((c) => c.id === e.criterion)) return problems.push(`${path}: review ${i + 1}: no WCAG 2.2 A/AA criterion ${e.criterion}`);
    const verdict = REVIEW_VERDICTS.get(String(e.verdict).toLowerCase());
    if (!verdict) return problems.push(`${path}: review ${i + 1}: verdict "${e.verdict}" is not one of ${VERDICTS.join(', ')}`);
    reviews.set(e.criterion, { ...e, verdict });
  });
  return { reviews, problems };
}

/** One row per criterion: its term, whether that is a verdict, and the remarks naming the evidence. */
export function rows(scans, reviews) {
  return CRITERIA.map((c) => {
    const tag = axeTag(c.id);
    const looked = scans.filter((s) => s.axe_tags?.includes(tag) || s.violations.some((v) => v.tags.includes(tag)));
    const axeFailed = scans.filter((s) => s.violations.some((v) => v.tags.includes(tag)));
    const own = scans.flatMap((s) => s.checks.filter((k) => k.criteria?.includes(c.id)).map((k) => ({ ...k, scan: s })));
    const ownFailed = own.filter((k) => !k.ok);
    const ownScans = new Set(own.map((k) => k.scan));
    const failedScans = new Set([...axeFailed, ...ownFailed.map((k) => k.scan)]);
    const lookedScans = new Set([...looked, ...ownScans]);
    const evidence = [];
    if (c.axe) evidence.push(`axe-core rules tagged ${tag}: ${looked.length} scans, ${axeFailed.length} with violations`);
    const ids = [...new Set(own.map((k) => k.id))];
    if (ids.length) evidence.push(`checks ${ids.join(', ')}: ${own.length} results, ${ownFailed.length} failed`);
    const review = reviews.get(c.id);
    let term;
    let verdict = true;
    if (failedScans.size) {
      term = failedScans.size >= lookedScans.size ? 'Does Not Support' : 'Partially Supports';
      const first = [...axeFailed.map((s) => `${s.page} (${s.language}, ${s.viewport}): ${s.violations.filter((v) => v.tags.includes(tag)).map((v) => v.rule).join(', ')}`), ...ownFailed.map((k) => `${k.scan.page} (${k.scan.language}, ${k.scan.viewport}): ${k.id}: ${k.detail}`)].slice(0, 3);
      evidence.push(`failing on ${failedScans.size} of ${lookedScans.size} scans, e.g. ${first.join(' | ')}`);
    } else if (review) {
      term = review.verdict;
    } else if (c.person) {
      term = lookedScans.size ? 'Automated evidence only' : 'Not evaluated';
      verdict = false;
    } else if (c.na && own.length && !ownFailed.length) {
      term = 'Not Applicable';
    } else if (lookedScans.size) {
      term = 'Supports';
    } else {
      term = 'Not evaluated';
      verdict = false;
    }
    if (c.na) evidence.push(`not applicable: ${c.na}`);
    if (c.person && !review) evidence.push(`needs a person: ${c.person}`);
    if (review) evidence.push(`reviewed by ${review.reviewer} on ${review.date} (commit ${review.commit}; ${review.browser}; ${review.assistive_technology}): ${review.verdict}${review.remarks ? `: ${review.remarks}` : ''}`);
    return { ...c, term, verdict, automated: lookedScans.size > 0, remarks: evidence.join('. ') };
  });
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes acr.md and acr.html into `out`; returns the counts per term and whether it is a draft. */
export function writeAcr({ out, scans, reviewsPath, product, version, commit, date, methods, sampled, notCovered, review = [] }) {
  const { reviews, problems } = readReviews(reviewsPath);
  const table = rows(scans, reviews);
  const draft = table.some((r) => !r.verdict);
  const counts = {};
  for (const r of table) counts[r.term] = (counts[r.term] ?? 0) + 1;
  const md = [];
  md.push(`# ${product} Accessibility Conformance Report${draft ? ' — DRAFT' : ''}`, '');
  md.push('WCAG edition, after the VPAT® 2.5 (ITI) template. Built by `make audit` from the evidence of its run and the reviews in `accessibility/reviews.json`.', '');
  if (draft) md.push(`**DRAFT: ${table.filter((r) => !r.verdict).length} of ${table.length} criteria have no verdict yet** (automated evidence only, or not evaluated): a person must review them (accessibility/README.md).`, '');
  md.push(`- **Product**: ${product}, version ${version} (commit ${commit})`, `- **Report date**: ${date}`, `- **Standard**: WCAG 2.2, Levels A and AA`);
  md.push('- **Evaluation methods**:', ...methods.map((m) => `  - ${m}`));
  md.push(`- **Sampled**: ${sampled}`);
  md.push('- **Not covered**:', ...notCovered.map((m) => `  - ${m}`));
  if (problems.length) md.push('- **Problems in the reviews file** (those entries are left out):', ...problems.map((p) => `  - ${p}`));
  md.push(`- **Names to review** (the virtual screen reader and Chromium's accessibility tree disagree): ${review.length ? '' : 'none'}`, ...review.map((r) => `  - ${r}`));
  md.push('', `Terms: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(' · ')}`, '');
  for (const level of ['A', 'AA']) {
    md.push(`## Table ${level === 'A' ? 1 : 2}: Success Criteria, Level ${level}`, '', '| Criteria | Conformance Level | Remarks and Explanations |', '| --- | --- | --- |');
    for (const r of table.filter((x) => x.level === level)) md.push(`| ${r.id} ${r.name} (Level ${r.level}) | ${r.term} | ${r.remarks.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    md.push('');
  }
  writeFileSync(join(out, 'acr.md'), md.join('\n') + '\n');
  const html = [`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(product)} Accessibility Conformance Report${draft ? ' (DRAFT)' : ''}</title>`,
    '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.4rem;vertical-align:top;text-align:start}.draft{color:#b10e1e}</style></head><body>',
    `<h1>${escape(product)} Accessibility Conformance Report${draft ? ' <span class="draft">DRAFT</span>' : ''}</h1>`,
    `<p>Product: ${escape(product)}, version ${escape(version)} (commit ${escape(commit)}). Report date: ${escape(date)}. Standard: WCAG 2.2, Levels A and AA.</p>`,
    `<h2>Evaluation methods</h2><ul>${methods.map((m) => `<li>${escape(m)}</li>`).join('')}</ul><p>Sampled: ${escape(sampled)}</p>`,
    `<h2>Not covered</h2><ul>${notCovered.map((m) => `<li>${escape(m)}</li>`).join('')}</ul>`,
    `<h2>Names to review</h2><p>Where the virtual screen reader and Chromium's accessibility tree disagree on a name: ${review.length ? '' : 'none.'}</p>${review.length ? `<ul>${review.map((r) => `<li>${escape(r)}</li>`).join('')}</ul>` : ''}`,
    `<p>Terms: ${escape(Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(' · '))}</p>`];
  for (const level of ['A', 'AA']) {
    html.push(`<h2>Success Criteria, Level ${level}</h2><table><thead><tr><th scope="col">Criteria</th><th scope="col">Conformance Level</th><th scope="col">Remarks and Explanations</th></tr></thead><tbody>`);
    for (const r of table.filter((x) => x.level === level)) html.push(`<tr><th scope="row">${escape(`${r.id} ${r.name}`)}</th><td>${escape(r.term)}</td><td>${escape(r.remarks)}</td></tr>`);
    html.push('</tbody></table>');
  }
  html.push('</body></html>');
  writeFileSync(join(out, 'acr.html'), html.join('\n') + '\n');
  return { counts, draft, automated: table.filter((r) => r.automated).length, total: table.length, rows: table, problems };
}
