import { themeCoverage, type DraftProblem } from '../../domain/checks';
import type { Draft } from '../../domain/draft';
import type { DraftVersion } from '../../storage/types';
import { html, type Html } from '../html';
import { AUTHOR_LABEL, problemText, STATUS_LABEL } from '../labels';
import { commentBox, sectionA, sectionB, sectionE, sectionsFGH, themeCoverageBlock } from './draftSections';
import { csrfField, formatTime, layout, type SignedIn } from './layout';

export interface DraftPageOptions {
  signedIn: SignedIn;
  draft: Draft;
  problems: DraftProblem[];
  versions: DraftVersion[];
  /** A line shown once after a change (e.g. "Comment added."). */
  notice?: string;
}

function safeguardingBanner(draft: Draft): Html | string {
  if (draft.flags.length === 0) return '';
  return html`<section class="safeguarding" aria-labelledby="flag-heading">
  <h2 id="flag-heading">Safeguarding concern flagged</h2>
  <p>During the chat the young person may have said something about harm. The chat gave them Childline (0800 1111), Shout (text 85258) and 999. Follow your safeguarding procedure today.</p>
  <ul>${draft.flags.map((flag) => html`<li>${flag.category.replace(/_/g, ' ')}, ${formatTime(flag.at)} (during the question ${flag.step})</li>`)}</ul>
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

function decision(draft: Draft, csrfToken: string): Html {
  const generalComments = draft.comments.filter((c) => c.itemId === undefined);
  return html`<section class="decision" aria-labelledby="decision-heading">
  <h2 id="decision-heading">Your decision</h2>
  ${
    generalComments.length > 0
      ? html`<ul class="comments">${generalComments.map((c) => html`<li class="comment"><span class="comment-meta">${c.by}, ${formatTime(c.at)}</span> ${c.text}</li>`)}</ul>`
      : ''
  }
  <form method="post" action="/review/drafts/${encodeURIComponent(draft.id)}/status" class="stack">
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

function history(versions: DraftVersion[]): Html {
  const newest = [...versions].reverse().slice(0, 50);
  return html`<section aria-labelledby="history-heading">
  <h2 id="history-heading">History</h2>
  <table class="history">
    <caption class="visually-hidden">Changes to this draft, newest first</caption>
    <thead><tr><th scope="col">Version</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What changed</th></tr></thead>
    <tbody>${newest.map(
      (v) => html`<tr class="author-${v.author}"><td>${v.version}</td><td>${formatTime(v.at)}</td><td>${AUTHOR_LABEL[v.author]}</td><td>${v.summary}</td></tr>`,
    )}</tbody>
  </table>
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
<dl class="facts">
  <div><dt>Status</dt><dd><span class="status status-${draft.status}">${STATUS_LABEL[draft.status]}</span></dd></div>
  <div><dt>Last change</dt><dd>${formatTime(draft.updatedAt)}</dd></div>
  ${draft.youngPerson.age !== undefined ? html`<div><dt>Age</dt><dd>${draft.youngPerson.age}</dd></div>` : ''}
  ${draft.youngPerson.schoolYear !== undefined ? html`<div><dt>School year</dt><dd>${draft.youngPerson.schoolYear === 0 ? 'Reception' : `Year ${draft.youngPerson.schoolYear}`}</dd></div>` : ''}
  <div><dt>Answering</dt><dd>${draft.youngPerson.who === 'self' ? 'The young person' : draft.youngPerson.who === 'parent_carer' ? 'A parent or carer' : draft.youngPerson.who === 'supporter' ? 'A supporter (for example a support worker)' : 'Someone helping them'}</dd></div>
</dl>
${wholeDraftProblems(problems)}
${themeCoverageBlock(coverage.covered, coverage.expected, themesAdvice && problemText(themesAdvice))}
${sectionA(sections)}
${sectionB(sections)}
${sectionE(sections)}
${sectionsFGH(sections)}
<section class="plan-section" aria-labelledby="general-comment-heading">
  <h2 id="general-comment-heading">About the whole draft</h2>
  ${commentBox(draft, '', signedIn.csrfToken, 'draft')}
</section>
${decision(draft, signedIn.csrfToken)}
${history(options.versions)}`,
  });
}
