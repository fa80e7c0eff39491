import { chatHelperLabel, isParentOrCarer } from '../../domain/aboutWhom';
import { themeCoverage, type DraftProblem } from '../../domain/checks';
import type { Draft } from '../../domain/draft';
import { schoolYearShown } from '../../domain/schoolYear';
import type { DraftVersion } from '../../storage/types';
import { CASELOAD_STATUS_LABEL, caseloadStatus, openComments, schoolYearLabel } from '../caseload';
import { html, type Html } from '../html';
import { problemText, STATUS_LABEL } from '../labels';
import { commentList, sectionA, sectionB, sectionE, sectionsFGH, themeCoverageBlock } from './draftSections';
import { csrfField, formatDay, formatTime, layout, type SignedIn } from './layout';

export interface DraftPageOptions {
  signedIn: SignedIn;
  draft: Draft;
  problems: DraftProblem[];
  versions: DraftVersion[];
  now: Date;
  /** A line shown once after a change (e.g. "Comment added."). */
  notice?: string;
}

function safeguardingBanner(draft: Draft): Html | string {
  if (draft.flags.length === 0) return '';
  return html`<section class="safeguarding" aria-labelledby="flag-heading">
  <h2 id="flag-heading">Safeguarding concern flagged</h2>
  <p>During the chat the young person may have said something about harm. The chat gave them help lines that fit their age: Childline (0800 1111) for under-19s, Samaritans (116 123) for adults, Shout (text 85258) and 999. Follow your safeguarding procedure today.</p>
  <ul>${draft.flags.map((flag) => html`<li>${flag.category.replace(/_/g, ' ')}, ${formatTime(flag.at)} (during the question ${flag.step})${flag.takenBackAt ? html`: taken back by the young person at ${formatTime(flag.takenBackAt)}, who said it was misread or not meant. Check with them.` : ''}</li>`)}</ul>
</section>`;
}

function wholeDraftProblems(problems: DraftProblem[]): Html | string {
  const general = problems.filter((p) => !('itemId' in p) && p.code !== 'themes_missing');
  if (general.length === 0) return '';
  return html`<section class="problems" aria-labelledby="problems-heading">
  <h2 id="problems-heading">Before this plan is ready</h2>
  <ul>${general.map((p) => html`<li>${problemText(p)}</li>`)}</ul>
</section>`;
}

const draftPath = (draft: Draft) => `/review/drafts/${encodeURIComponent(draft.id)}`;

function exportsBar(draft: Draft): Html {
  return html`<nav class="exports" aria-label="Export this plan">
  <a class="button" href="${draftPath(draft)}/export.docx" download>Download in Word</a>
  <a class="button secondary" href="${draftPath(draft)}/export.html">Printable page</a>
</nav>`;
}

function planDetails(draft: Draft, csrfToken: string): Html {
  const person = draft.youngPerson;
  return html`<details class="plan-details">
  <summary>Plan details: date of birth, school or setting, date to act by</summary>
  <form method="post" action="${draftPath(draft)}/details" class="stack narrow">
    ${csrfField(csrfToken)}
    <div class="field"><label for="dob">Date of birth</label><input id="dob" name="dateOfBirth" type="date" value="${person.dateOfBirth ?? ''}"></div>
    <div class="field"><label for="setting">School or setting</label><input id="setting" name="setting" type="text" maxlength="200" value="${person.setting ?? ''}"></div>
    <div class="field"><label for="act-by">Date to act by</label><p class="hint" id="act-by-hint">For example the annual review. Your list is sorted by it.</p><input id="act-by" name="actBy" type="date" value="${draft.keyWorker?.actBy ?? ''}" aria-describedby="act-by-hint"></div>
    <button type="submit" class="button secondary">Save details</button>
  </form>
</details>`;
}

function decision(draft: Draft, csrfToken: string): Html {
  const general = draft.comments.filter((c) => c.itemId === undefined);
  const open = openComments(draft).length;
  return html`<section class="decision" aria-labelledby="decision-heading">
  <h2 id="decision-heading">Your decision</h2>
  ${commentList(general)}
  ${open > 0 ? html`<p class="open-count"><strong>${open} comment${open === 1 ? ' is' : 's are'} still open.</strong> Agreeing will ask you to confirm.</p>` : ''}
  <form method="post" action="${draftPath(draft)}/status" class="stack">
    ${csrfField(csrfToken)}
    <label for="decision-message">Message to the young person (optional)</label>
    <textarea id="decision-message" name="message" rows="3" maxlength="2000"></textarea>
    <div class="buttons">
      <button type="submit" name="status" value="changes_requested" class="button secondary">Request changes</button>
      <button type="submit" name="status" value="agreed" class="button">Agree</button>
    </div>
  </form>
</section>`;
}

interface HistoryGroup {
  who: string;
  from: string;
  to: string;
  changes: string[];
}

/** Who wrote the chat's words: a supporter's or a parent's are never called the young person's. */
function answeringLabel(draft: Draft): string {
  const person = draft.youngPerson;
  const name = person.name ?? 'The young person';
  if (person.who === 'supporter') return `A supporter of ${person.name ?? 'the young person'}`;
  if (isParentOrCarer(person)) return `${name} (parent or carer)`;
  if (person.who === 'helper') return `${name} (young person, with ${chatHelperLabel(person)?.replace(/^Their/, 'their') ?? 'someone helping'})`;
  return `${name} (young person)`;
}

/** Runs of changes by the same person read as one row: "Alex, 10:00 to 10:20: 23 changes". */
export function historyGroups(versions: readonly DraftVersion[], draft: Draft): HistoryGroup[] {
  const youngPerson = answeringLabel(draft);
  const groups: HistoryGroup[] = [];
  for (const v of versions) {
    // Key worker changes are recorded as "Name: what".
    const named = v.author === 'key_worker' ? /^([^:]{1,80}): (.+)$/.exec(v.summary) : null;
    const who = v.author === 'young_person' ? youngPerson : v.author === 'key_worker' ? `${named?.[1] ?? 'A key worker'} (key worker)` : 'The system';
    const what = named?.[2] ?? v.summary;
    const last = groups[groups.length - 1];
    if (last && last.who === who && new Date(v.at).getTime() - new Date(last.to).getTime() < 6 * 3600_000) {
      last.to = v.at;
      last.changes.push(what);
    } else {
      groups.push({ who, from: v.at, to: v.at, changes: [what] });
    }
  }
  return groups.reverse();
}

function describeChanges(changes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([what, n]) => (n > 1 ? `${what} (${n})` : what)).join('; ');
}

function history(versions: DraftVersion[], draft: Draft): Html {
  const groups = historyGroups(versions, draft).slice(0, 30);
  return html`<details class="history-box">
  <summary><h2 id="history-heading">History</h2><span class="calm">${groups.length} ${groups.length === 1 ? 'entry' : 'entries'}</span></summary>
  <table class="history">
    <caption class="visually-hidden">Changes to this draft, newest first</caption>
    <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What changed</th></tr></thead>
    <tbody>${groups.map(
      (g) => html`<tr><td>${formatTime(g.from)}${g.to !== g.from ? html` to ${formatTime(g.to)}` : ''}</td><td>${g.who}</td><td>${describeChanges(g.changes)}</td></tr>`,
    )}</tbody>
  </table>
</details>`;
}

function facts(draft: Draft, now: Date): Html {
  const person = draft.youngPerson;
  const status = caseloadStatus(draft, now);
  return html`<dl class="facts">
  <div><dt>Status</dt><dd><span class="status status-${draft.status}">${STATUS_LABEL[draft.status]}</span>${
    status === 'agreed' ? '' : html` <span class="case-status case-${status}">${CASELOAD_STATUS_LABEL[status]}</span>`
  }</dd></div>
  <div><dt>Last change</dt><dd>${formatTime(draft.updatedAt)}</dd></div>
  ${draft.keyWorker?.actBy ? html`<div><dt>Act by</dt><dd>${formatDay(draft.keyWorker.actBy)}</dd></div>` : ''}
  ${person.dateOfBirth ? html`<div><dt>Date of birth</dt><dd>${formatDay(person.dateOfBirth)}</dd></div>` : ''}
  ${person.age !== undefined ? html`<div><dt>Age</dt><dd>${person.age}</dd></div>` : ''}
  ${schoolYearShown(person) !== undefined ? html`<div><dt>School year</dt><dd>${schoolYearLabel(schoolYearShown(person)!)}</dd></div>` : ''}
  ${person.setting ? html`<div><dt>School or setting</dt><dd>${person.setting}</dd></div>` : ''}
  <div><dt>Answering</dt><dd>${person.who === 'self' ? 'The young person' : person.who === 'parent_carer' ? 'A parent or carer' : person.who === 'supporter' ? 'A supporter (for example a support worker)' : 'Someone helping them'}</dd></div>
</dl>`;
}

/** Messages the young person left for the key worker in the chat, in their words, newest last. */
function notesFromThem(draft: Draft): Html | string {
  const notes = draft.notesForKeyWorker ?? [];
  if (notes.length === 0) return '';
  return html`<section class="notes" aria-labelledby="notes-heading">
  <h2 id="notes-heading">Notes for you from the chat</h2>
  <ul>${notes.map((n) => html`<li><span class="own-words">${n.text}</span> <span class="muted">${formatTime(n.at)}</span></li>`)}</ul>
</section>`;
}

export function draftPage(options: DraftPageOptions): Html {
  const { draft, problems, signedIn } = options;
  const name = draft.youngPerson.name ?? 'Name not given';
  const coverage = themeCoverage(draft);
  const themesAdvice = problems.find((p) => p.code === 'themes_missing');
  const sections = { draft, problems, csrfToken: signedIn.csrfToken };
  return layout({
    title: `Draft plan: ${name}`,
    signedIn,
    body: html`${safeguardingBanner(draft)}
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
<h1>Draft plan: <span class="own-words">${name}</span></h1>
${facts(draft, options.now)}
${exportsBar(draft)}
${planDetails(draft, signedIn.csrfToken)}
${wholeDraftProblems(problems)}
${notesFromThem(draft)}
${themeCoverageBlock(coverage.covered, coverage.expected, themesAdvice && problemText(themesAdvice))}
<p class="hint no-print">Sections with something to look at are open; the others are folded. Each has one form to comment or propose new words.</p>
${sectionA(sections)}
${sectionB(sections)}
${sectionE(sections)}
${sectionsFGH(sections)}
${decision(draft, signedIn.csrfToken)}
${history(options.versions, draft)}`,
  });
}

/** Asked before agreeing a draft that still has open comments. */
export function confirmAgreePage(options: { signedIn: SignedIn; draft: Draft; message?: string }): Html {
  const { draft, signedIn } = options;
  const open = openComments(draft);
  return layout({
    title: 'Agree with open comments?',
    signedIn,
    body: html`<h1>Agree with open comments?</h1>
<p>${open.length} comment${open.length === 1 ? ' has' : 's have'} not been answered by the young person yet:</p>
${commentList(open)}
<form method="post" action="${draftPath(draft)}/status" class="stack">
  ${csrfField(signedIn.csrfToken)}
  <input type="hidden" name="status" value="agreed">
  <input type="hidden" name="confirm" value="yes">
  <input type="hidden" name="message" value="${options.message ?? ''}">
  <div class="buttons">
    <button type="submit" class="button">Agree anyway</button>
    <a class="button secondary" href="${draftPath(draft)}">Go back to the draft</a>
  </div>
</form>`,
  });
}
