import type { DraftProblem } from '../../domain/checks';
import type { Draft, Outcome } from '../../domain/draft';
import { summaryItems, type SummaryItem, type SummarySection } from '../../domain/draftSummary';
import { THEMES } from '../../domain/vocabulary';
import { anchorId, html, type Html } from '../html';
import { ITEM_LABEL, NEED_SECTION_LABEL, problemText, THEME_LABEL } from '../labels';
import { csrfField, formatDay, formatTime } from './layout';

/** Every item of the draft as the plan shows it, each with its comments and a box to add one. */

export interface SectionOptions {
  draft: Draft;
  problems: DraftProblem[];
  csrfToken: string;
}

function comments(draft: Draft, itemId: string): Html | string {
  const about = draft.comments.filter((c) => c.itemId === itemId);
  if (about.length === 0) return '';
  return html`<ul class="comments">${about.map(
    (c) => html`<li class="comment${c.resolved ? ' resolved' : ''}"><span class="comment-meta">${c.by}, ${formatTime(c.at)}${c.resolved ? ' (resolved)' : ''}</span> ${c.text}</li>`,
  )}</ul>`;
}

export function commentBox(draft: Draft, itemId: string, csrfToken: string, about: string): Html {
  const fieldId = anchorId('comment', itemId);
  return html`<details class="comment-box">
  <summary>Comment on this ${about}</summary>
  <form method="post" action="/review/drafts/${encodeURIComponent(draft.id)}/comments" class="stack">
    ${csrfField(csrfToken)}
    <input type="hidden" name="itemId" value="${itemId}">
    <label for="${fieldId}">Your comment for the young person</label>
    <textarea id="${fieldId}" name="text" rows="3" maxlength="2000" required></textarea>
    <button type="submit" class="button secondary">Add comment</button>
  </form>
</details>`;
}

function item(draft: Draft, entry: SummaryItem, csrfToken: string, extra: Html | string = ''): Html {
  const label = ITEM_LABEL[entry.labelKey];
  return html`<div class="item" id="${anchorId('item', entry.id)}">
  <p><span class="item-label">${label}:</span> <span class="own-words">${entry.text}</span>${entry.date ? html` <span class="muted">(${formatDay(entry.date)})</span>` : ''}</p>
  ${extra}
  ${comments(draft, entry.id)}
  ${commentBox(draft, entry.id, csrfToken, label.toLowerCase())}
</div>`;
}

const itemsOf = (draft: Draft, section: SummarySection) => summaryItems(draft).filter((i) => i.section === section);

export function sectionA(options: SectionOptions): Html {
  const { draft, csrfToken } = options;
  const items = itemsOf(draft, 'A');
  return html`<section class="plan-section" aria-labelledby="section-a">
  <h2 id="section-a"><span class="section-letter">A</span> About me: views, interests and hopes</h2>
  ${items.length === 0 ? html`<p class="muted">Nothing yet.</p>` : ''}
  ${items.map((entry) => {
    const aspiration = draft.aspirations.find((a) => a.id === entry.id);
    const theme = aspiration ? html`<p class="tag">${aspiration.theme ? THEME_LABEL[aspiration.theme] : 'Theme not known'}</p>` : '';
    return item(draft, entry, csrfToken, theme);
  })}
</section>`;
}

export function sectionB(options: SectionOptions): Html {
  const { draft, csrfToken } = options;
  const items = itemsOf(draft, 'B');
  return html`<section class="plan-section" aria-labelledby="section-b">
  <h2 id="section-b"><span class="section-letter">B</span> Needs</h2>
  <p class="hint">The young person does not sort their needs into B, C and D; a suggestion is shown where there is one, for you to confirm.</p>
  ${items.length === 0 ? html`<p class="muted">No needs yet.</p>` : ''}
  ${items.map((entry) => {
    const need = draft.needs.find((n) => n.id === entry.id);
    const hopes = need ? draft.aspirations.filter((a) => need.aspirationIds.includes(a.id)) : [];
    const extra = need
      ? html`<p class="tag">${need.suggestedSection ? `Suggested: ${NEED_SECTION_LABEL[need.suggestedSection]}` : 'Section not suggested'}</p>
        ${hopes.length > 0 ? html`<p class="thread">Stands in the way of: ${hopes.map((h, i) => html`${i > 0 ? '; ' : ''}<span class="own-words">${h.text}</span>`)}</p>` : ''}`
      : '';
    return html`<div class="${entry.parentId ? 'nested' : ''}">${item(draft, entry, csrfToken, extra)}</div>`;
  })}
</section>`;
}

function outcomeAnnotations(draft: Draft, outcome: Outcome, problems: DraftProblem[]): Html {
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  const needs = draft.needs.filter((n) => outcome.needIds.includes(n.id));
  const mine = problems.filter((p) => 'itemId' in p && p.itemId === outcome.id);
  return html`<div class="annotations">
  <p class="thread"><span class="item-label">Serves the hope:</span> ${hope ? html`<span class="own-words">${hope.text}</span>` : html`<strong class="missing">none</strong>`}</p>
  <p class="thread"><span class="item-label">Meets the needs:</span> ${
    needs.length > 0
      ? needs.map((n, i) => html`${i > 0 ? '; ' : ''}<span class="own-words">${n.text}</span>`)
      : html`<strong class="missing">none</strong>`
  }</p>
  <p class="tag">${outcome.theme ? THEME_LABEL[outcome.theme] : 'Theme not known'}</p>
  ${
    mine.length > 0
      ? html`<div class="missing-list"><p class="item-label">What is missing</p><ul>${mine.map(
          (p) => html`<li class="${p.severity}">${p.severity === 'blocking' ? html`<strong>Needed:</strong> ` : ''}${problemText(p)}</li>`,
        )}</ul></div>`
      : html`<p class="ok">Golden thread complete; nothing missing.</p>`
  }
</div>`;
}

export function sectionE(options: SectionOptions): Html {
  const { draft, csrfToken, problems } = options;
  const items = itemsOf(draft, 'E');
  return html`<section class="plan-section" aria-labelledby="section-e">
  <h2 id="section-e"><span class="section-letter">E</span> Outcomes</h2>
  ${draft.outcomes.length === 0 ? html`<p class="muted">No outcomes yet.</p>` : ''}
  ${draft.outcomes.map((outcome, index) => {
    const [statement, ...parts] = items.filter((i) => i.id === outcome.id || i.parentId === outcome.id);
    return html`<article class="outcome" aria-labelledby="${anchorId('outcome', outcome.id)}">
    <h3 id="${anchorId('outcome', outcome.id)}">Outcome ${index + 1}</h3>
    ${statement ? item(draft, statement, csrfToken, outcomeAnnotations(draft, outcome, problems)) : ''}
    ${parts.map((part) => html`<div class="nested">${item(draft, part, csrfToken)}</div>`)}
  </article>`;
  })}
</section>`;
}

const PROVISION_HEADINGS: Record<'F' | 'G' | 'H', string> = {
  F: 'Educational provision',
  G: 'Health provision',
  H: 'Social care provision',
};

export function sectionsFGH(options: SectionOptions): Html {
  const { draft, csrfToken } = options;
  return html`<section class="plan-section" aria-labelledby="section-fgh">
  <h2 id="section-fgh"><span class="section-letter">F G H</span> Provision</h2>
  ${(['F', 'G', 'H'] as const).map((section) => {
    const items = itemsOf(draft, section);
    return html`<h3>${section}: ${PROVISION_HEADINGS[section]}</h3>
    ${items.length === 0 ? html`<p class="muted">None noted.</p>` : ''}
    ${items.map((entry) => {
      const outcome = draft.outcomes.find((o) => o.id === entry.parentId);
      const forOutcome = outcome ? html`<p class="thread">For the outcome: <span class="own-words">${outcome.statement}</span></p>` : '';
      return item(draft, entry, csrfToken, forOutcome);
    })}`;
  })}
</section>`;
}

export function themeCoverageBlock(covered: readonly string[], expected: number, advice?: string): Html {
  return html`<section class="coverage" aria-labelledby="coverage-heading">
  <h2 id="coverage-heading">Themes covered</h2>
  <p class="hint">${expected === THEMES.length ? 'From Year 9 every Preparing for Adulthood theme is expected.' : `At this age about ${expected} themes are expected.`}</p>
  <ul class="themes">${THEMES.map((theme) =>
    covered.includes(theme)
      ? html`<li class="covered"><span aria-hidden="true">✓</span> ${THEME_LABEL[theme]} <span class="visually-hidden">(covered)</span></li>`
      : html`<li class="uncovered"><span aria-hidden="true">✗</span> ${THEME_LABEL[theme]} <span class="visually-hidden">(not covered)</span></li>`,
  )}</ul>
  ${advice ? html`<p class="advice">${advice}</p>` : ''}
</section>`;
}
