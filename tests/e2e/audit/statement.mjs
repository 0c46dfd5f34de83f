// The accessibility statement agrees with the report (issue 17, part 4). The statement page's
// facts come from one committed file, public/accessibility.json (read by the app through
// frontdesk_core::statement); `make audit` checks that file against the conformance report it
// has just written, and `make audit-record` (a full audit with --record) writes the last audit's
// facts into it.
//
// Agreement means: the same standard (WCAG 2.2, AA); the criteria the report marks "Partially
// Supports" or "Does Not Support" are exactly those the statement lists as not conforming, each
// with a sentence that exists in English; the criteria without a verdict are exactly those it
// lists as waiting for review; the last audit is no later than this report and less than a year
// before it; its commit is in this repository's history.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const NOT_CONFORMING = ['Partially Supports', 'Does Not Support'];
const DAY = 86_400_000;

/** Message ids defined in a Fluent file. */
export const messageIds = (ftl) => new Set([...ftl.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]));

const listed = (what, statementSet, reportSet, problems) => {
  for (const c of reportSet) if (!statementSet.has(c)) problems.push(`${c} is ${what} in the report, but the statement does not list it`);
  for (const c of statementSet) if (!reportSet.has(c)) problems.push(`the statement lists ${c} as ${what}, but the report does not`);
};

/**
 * The problems (none when they agree) between `statement` (the parsed file) and the report's
 * `rows` (acr.mjs), written on `reportDate` (YYYY-MM-DD); `ids` are the English message ids;
 * `commitKnown(commit)` says whether a commit is in the history (or null when it cannot tell).
 */
export function disagreements({ statement, rows, reportDate, ids, commitKnown = () => null }) {
  const problems = [];
  const { standard = {}, last_audit: audit = {}, not_conforming: failing = [], awaiting_review: waiting = [], other_gaps: others = [] } = statement;
  if (standard.version !== '2.2' || standard.level !== 'AA') problems.push(`the statement's standard is WCAG ${standard.version} ${standard.level}; the report is of WCAG 2.2 AA`);
  listed('not conforming', new Set(failing.map((g) => g.criterion)), new Set(rows.filter((r) => NOT_CONFORMING.includes(r.term)).map((r) => r.id)), problems);
  listed('waiting for review', new Set(waiting), new Set(rows.filter((r) => !r.verdict).map((r) => r.id)), problems);
  for (const id of [...failing.map((g) => g.message), ...others]) {
    if (!String(id).startsWith('a11y-gap-')) problems.push(`the statement names the message ${id}: the app shows only a11y-gap-… messages`);
    else if (!ids.has(id)) problems.push(`the statement names the message ${id}, which locales/en/main.ftl does not have`);
  }
  // What frontdesk_core::statement would refuse, said here before a build shows it.
  if (!/^[0-9a-f]{7,}$/i.test(audit.commit ?? '')) problems.push(`the statement's last audit commit "${audit.commit}" is not a commit id`);
  for (const key of ['languages', 'scans', 'failed']) if (!Number.isInteger(audit[key]) || audit[key] < 0) problems.push(`the statement's last_audit.${key} is not a whole number`);
  const realDay = /^\d{4}-\d{2}-\d{2}$/.test(audit.date ?? '') && !Number.isNaN(Date.parse(`${audit.date}T00:00:00Z`)) && new Date(`${audit.date}T00:00:00Z`).toISOString().startsWith(audit.date);
  const audited = Date.parse(`${audit.date}T00:00:00Z`);
  const reported = Date.parse(`${reportDate}T00:00:00Z`);
  if (Number.isNaN(audited) || !realDay) problems.push(`the statement's last audit date "${audit.date}" is not a day (YYYY-MM-DD)`);
  else if (audited > reported) problems.push(`the statement's last audit (${audit.date}) is later than this report (${reportDate})`);
  else if (reported - audited > 365 * DAY) problems.push(`the statement's last audit (${audit.date}) is more than a year before this report (${reportDate}): run make audit-record`);
  if (audit.commit && commitKnown(audit.commit) === false) problems.push(`the statement's last audit names commit ${audit.commit}, which is not in this repository`);
  return problems;
}

/** Whether `commit` is in the repository at `root`; null where git cannot tell (a shallow clone). */
export const commitKnownIn = (root) => (commit) => {
  try {
    if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true') return null;
  } catch {
    return null; // no git, or not a repository (a tarball): cannot tell
  }
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: root, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * The statement as a full, passing audit would leave it: its facts, and the report's lists
 * (keeping the sentences already written for criteria still not conforming). Throws when a
 * criterion newly not conforming has no sentence yet: a person must write one.
 */
export function recorded(statement, { rows, date, commit, languages, scans, failed }) {
  const sentences = new Map((statement.not_conforming ?? []).map((g) => [g.criterion, g.message]));
  const failing = rows.filter((r) => NOT_CONFORMING.includes(r.term)).map((r) => r.id);
  const unsaid = failing.filter((c) => !sentences.has(c));
  if (unsaid.length) throw new Error(`add a not_conforming entry with an a11y-gap-… message for ${unsaid.join(', ')} to public/accessibility.json first`);
  return {
    ...statement,
    last_audit: { date, commit, languages, scans, failed },
    not_conforming: failing.map((criterion) => ({ criterion, message: sentences.get(criterion) })),
    awaiting_review: rows.filter((r) => !r.verdict).map((r) => r.id),
  };
}

/** Reads, checks (and with `record`, first rewrites) the statement file. Returns the problems. */
export function checkStatementFile({ path, ftlPath, root, rows, reportDate, record }) {
  let statement = JSON.parse(readFileSync(path, 'utf8'));
  if (record) {
    statement = recorded(statement, { ...record, rows, date: reportDate });
    writeFileSync(path, `${JSON.stringify(statement, null, 2)}\n`);
  }
  return disagreements({ statement, rows, reportDate, ids: messageIds(readFileSync(ftlPath, 'utf8')), commitKnown: commitKnownIn(root) });
}
