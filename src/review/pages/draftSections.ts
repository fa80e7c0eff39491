import type { DraftProblem } from '../../domain/checks';
import type { Draft, DraftComment, Outcome, PlanPart } from '../../domain/draft';
import { summarySection, type SummaryItem } from '../../domain/draftSummary';
import { THEMES } from '../../domain/vocabulary';
import { anchorId, html, type Html } from '../html';
import { ITEM_LABEL, NEED_AREA_LABEL, NEED_SECTION_LABEL, problemText, THEME_LABEL } from '../labels';
import { needArea, type NeedArea } from '../../language/needArea';
import { csrfField, formatTime } from './layout';
import { whenLine } from '../../domain/whenLine';

/*
 * Every item of the draft as the plan shows it, with the comments on it and whether each is
 * answered. Each section folds away when nothing in it needs the key worker, and has one form
 * to comment on (or propose new words for) any item in it.
 */

export interface SectionOptions {
  draft: Draft;
  problems: DraftProblem[];
  csrfToken: string;
}

type CommentState = 'open' | 'answered' | 'accepted' | 'changed' | 'refused' | 'resolved';

export function commentState(c: DraftComment): CommentState {
  if (c.proposal?.answer) return c.proposal.answer;
  if (c.resolved) return 'resolved';
  return c.changedAt ? 'answered' : 'open';
}

const STATE_LABEL: Record<CommentState, string> = {
  open: 'Open',
  answered: 'Answered: reworded',
  accepted: 'Accepted',
  changed: 'Answered: own words',
  refused: 'Not taken',
  resolved: 'Resolved',
};

export function commentList(comments: readonly DraftComment[]): Html | string {
  if (comments.length === 0) return '';
  return html`<ul class="comments">${comments.map((c) => {
    const state = commentState(c);
    return html`<li class="comment state-${state}"><span class="comment-meta"><span class="comment-state">${STATE_LABEL[state]}</span> ${c.by}, ${formatTime(c.at)}</span>${
      c.proposal
        ? html`<span class="proposal-label">Proposed wording:</span> <span class="own-words">${c.proposal.text}</span>${
            c.proposal.howOften || c.proposal.who
              ? html` <span class="muted">(${[c.proposal.howOften, c.proposal.who].filter(Boolean).join('; ')})</span>`
              : ''
          }${c.text !== c.proposal.text ? html`<br><span class="own-words">${c.text}</span>` : ''}`
        : html`<span class="own-words">${c.text}</span>`
    }</li>`;
  })}</ul>`;
}

/** Whether an item (or the part of a need/outcome under it) has a comment not yet answered. */
const isOpen = (c: DraftComment) => commentState(c) === 'open';

function item(draft: Draft, entry: SummaryItem, extra: Html | string = ''): Html {
  const label = ITEM_LABEL[entry.labelKey];
  const author = draft.authors?.[entry.id];
  const provision = draft.outcomes.flatMap((o) => o.provision).find((p) => p.id === entry.id);
  const details = provision && (provision.howOften || provision.who) ? html` <span class="muted">(${[provision.howOften, provision.who].filter(Boolean).join('; ')})</span>` : '';
  return html`<div class="item" id="${anchorId('item', entry.id)}">
  <p><span class="item-label">${label}:</span> <span class="own-words">${entry.date ? whenLine(entry.text, entry.date) : entry.text}</span>${details}</p>
  ${author?.role === 'key_worker' ? html`<p class="authorship">Wording proposed by ${author.by} and accepted by the young person, ${formatTime(author.at)}</p>` : ''}
  ${extra}
  ${commentList(draft.comments.filter((c) => c.itemId === entry.id))}
</div>`;
}


/** Items a proposal can reword: their own sentences and provision (not dates). */
const PROPOSABLE = new Set(['summary.aspiration', 'summary.need', 'summary.outcome', 'summary.provision', 'summary.outcomeMeasure', 'summary.needHelp', 'summary.strengths', 'summary.important', 'summary.support', 'summary.outcomeDoesForMe', 'summary.outcomeMakesPossible']);

function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** One form per section: a comment on any of its items (or the section), or new words for one. */
export function sectionCommentForm(draft: Draft, key: string, title: string, items: readonly SummaryItem[], csrfToken: string): Html {
  const id = (name: string) => `${name}-${key}`;
  const hasProvision = items.some((i) => i.labelKey === 'summary.provision');
  return html`<details class="comment-box">
  <summary>Comment or propose new words in ${title}</summary>
  <form method="post" action="/review/drafts/${encodeURIComponent(draft.id)}/comments" class="stack">
    ${csrfField(csrfToken)}
    <div class="field">
      <label for="${id('about')}">About</label>
      <select id="${id('about')}" name="itemId">
        <option value="">${title} as a whole</option>
        ${items.map((i) => html`<option value="${i.id}">${ITEM_LABEL[i.labelKey]}: ${shortText(i.text)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="${id('text')}">Your comment for the young person</label>
      <textarea id="${id('text')}" name="text" rows="3" maxlength="2000"></textarea>
    </div>
    <div class="field">
      <label for="${id('proposal')}">New wording to propose (optional)</label>
      <p class="hint" id="${id('proposal-hint')}">The young person sees it in their chat and can accept it, change it or keep their own words. Nothing changes until they answer.</p>
      <textarea id="${id('proposal')}" name="proposal" rows="2" maxlength="2000" aria-describedby="${id('proposal-hint')}"></textarea>
    </div>
    ${
      hasProvision
        ? html`<div class="field-row">
      <div class="field"><label for="${id('often')}">How often (provision)</label><input id="${id('often')}" name="howOften" type="text" maxlength="200"></div>
      <div class="field"><label for="${id('who')}">Who provides it (provision)</label><input id="${id('who')}" name="who" type="text" maxlength="200"></div>
    </div>`
        : ''
    }
    <button type="submit" class="button secondary">Send to the young person</button>
  </form>
</details>`;
}

interface PlanSectionParts {
  key: string;
  letter: string;
  title: string;
  body: Html | (Html | string)[];
  items: readonly SummaryItem[];
  /** Outcomes whose blocking problems count towards the section's summary line. */
  outcomeIds?: readonly string[];
  /** Open the section even when nothing needs the key worker (an empty outcomes section). */
  openAnyway?: boolean;
}

/** A section opens by itself when something in it needs the key worker. */
function planSection(options: SectionOptions, parts: PlanSectionParts): Html {
  const headingId = `section-${parts.key}`;
  const proposable = parts.items.filter((i) => PROPOSABLE.has(i.labelKey));
  const note = attention(options.draft, parts.items, options.problems, parts.outcomeIds);
  const open = Boolean(note) || parts.openAnyway === true;
  return html`<details class="plan-section" id="${`plan-${parts.key}`}"${open ? html` open` : ''}>
  <summary><h2 id="${headingId}"><span class="section-letter">${parts.letter}</span> ${parts.title}</h2>${
    note ? html`<span class="attention">${note}</span>` : html`<span class="calm">Nothing to look at</span>`
  }</summary>
  <div class="section-body">
  ${parts.body}
  ${sectionCommentForm(options.draft, parts.key, parts.title, proposable, options.csrfToken)}
  </div>
</details>`;
}

/** "2 open comments, 1 to fix" for a section's summary line; empty when nothing needs the key worker. */
function attention(draft: Draft, items: readonly SummaryItem[], problems: DraftProblem[], outcomeIds: readonly string[] = []): string | undefined {
  const ids = new Set(items.map((i) => i.id));
  const open = draft.comments.filter((c) => c.itemId && ids.has(c.itemId) && isOpen(c)).length;
  const answered = draft.comments.filter((c) => c.itemId && ids.has(c.itemId) && !c.resolved && ['answered', 'accepted', 'changed', 'refused'].includes(commentState(c))).length;
  const toFix = problems.filter((p) => 'itemId' in p && outcomeIds.includes(p.itemId) && p.severity === 'blocking').length;
  const parts = [
    ...(answered > 0 ? [`${answered} answered`] : []),
    ...(open > 0 ? [`${open} open comment${open === 1 ? '' : 's'}`] : []),
    ...(toFix > 0 ? [`${toFix} to fix`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function sectionA(options: SectionOptions): Html {
  const { draft } = options;
  const items = summarySection(draft, 'A');
  return planSection(options, {
    key: 'a',
    letter: 'A',
    title: 'About me: views, interests and hopes',
    items,
    body: [
      items.length === 0 ? html`<p class="muted">Nothing yet.</p>` : '',
      ...items.map((entry) => {
        const aspiration = draft.aspirations.find((a) => a.id === entry.id);
        const theme = aspiration ? html`<p class="tag">${aspiration.theme ? THEME_LABEL[aspiration.theme] : 'Theme not known'}</p>${aspiration.priority === 1 ? html` <p class="tag">Matters most to them</p>` : ''}` : '';
        return item(draft, entry, theme);
      }),
    ],
  });
}

export function sectionB(options: SectionOptions): Html {
  const { draft } = options;
  const items = summarySection(draft, 'B');
  return planSection(options, {
    key: 'b',
    letter: 'B',
    title: 'Needs',
    items,
    body: [
      html`<p class="hint">The young person does not sort their needs into B, C and D; a suggestion is shown where there is one, for you to confirm.</p>`,
      items.length === 0 ? html`<p class="muted">No needs yet.</p>` : '',
      ...items.map((entry) => {
        const need = draft.needs.find((n) => n.id === entry.id);
        const hopes = need ? draft.aspirations.filter((a) => need.aspirationIds.includes(a.id)) : [];
        const extra = need
          ? html`<p class="tag">${need.suggestedSection ? `Suggested: ${sectionWithArea(need.text, need.suggestedSection, need.area)}` : 'Section not suggested'}</p>
        ${hopes.length > 0 ? html`<p class="thread">Stands in the way of: ${hopes.map((h, i) => html`${i > 0 ? '; ' : ''}<span class="own-words">${h.text}</span>`)}</p>` : ''}`
          : '';
        return html`<div class="${entry.parentId ? 'nested' : ''}">${item(draft, entry, extra)}</div>`;
      }),
    ],
  });
}

function outcomeAnnotations(draft: Draft, outcome: Outcome, problems: DraftProblem[]): Html {
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  const needs = draft.needs.filter((n) => outcome.needIds.includes(n.id));
  const mine = problems.filter((p) => 'itemId' in p && p.itemId === outcome.id);
  return html`<div class="annotations">
  <p class="thread"><span class="item-label">Serves the hope:</span> ${hope ? html`<span class="own-words">${hope.text}</span>` : html`<strong class="missing">none</strong>`}</p>
  <p class="thread"><span class="item-label">Meets the needs:</span> ${
    needs.length > 0 ? needs.map((n, i) => html`${i > 0 ? '; ' : ''}<span class="own-words">${n.text}</span>`) : html`<strong class="missing">none</strong>`
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
  const { draft, problems } = options;
  const items = summarySection(draft, 'E');
  return planSection(options, {
    key: 'e',
    letter: 'E',
    title: 'Outcomes',
    outcomeIds: draft.outcomes.map((o) => o.id),
    openAnyway: draft.outcomes.length === 0,
    items,
    body: [
      draft.outcomes.length === 0 ? html`<p class="muted">No outcomes yet.</p>` : '',
      ...draft.outcomes.map((outcome, index) => {
        const [statement, ...parts] = items.filter((i) => i.id === outcome.id || i.parentId === outcome.id);
        return html`<article class="outcome" aria-labelledby="${anchorId('outcome', outcome.id)}">
    <h3 id="${anchorId('outcome', outcome.id)}">Outcome ${index + 1}</h3>
    ${statement ? item(draft, statement, outcomeAnnotations(draft, outcome, problems)) : ''}
    ${parts.map((part) => html`<div class="nested">${item(draft, part)}</div>`)}
  </article>`;
      }),
    ],
  });
}

const PROVISION_HEADINGS: Record<'F' | 'G' | 'H', string> = {
  F: 'Educational provision',
  G: 'Health provision',
  H: 'Social care provision',
};

export function sectionsFGH(options: SectionOptions): Html {
  const { draft } = options;
  const all = (['F', 'G', 'H'] as const).flatMap((s) => summarySection(draft, s));
  return planSection(options, {
    key: 'fgh',
    letter: 'F G H',
    title: 'Provision',
    items: all,
    body: (['F', 'G', 'H'] as const).map((section) => {
      const items = summarySection(draft, section);
      return html`<h3>${section}: ${PROVISION_HEADINGS[section]}</h3>
    ${items.length === 0 ? html`<p class="muted">None noted.</p>` : ''}
    ${items.map((entry) => {
      const outcome = draft.outcomes.find((o) => o.id === entry.parentId);
      const forOutcome = outcome ? html`<p class="thread">For the outcome: <span class="own-words">${outcome.statement}</span></p>` : '';
      return item(draft, entry, forOutcome);
    })}`;
    }),
  });
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

/** "Section B (educational): communication and interaction"; a health or care need is its section alone. */
function sectionWithArea(text: string, section: PlanPart, chosen?: NeedArea): string {
  return section === 'education' ? `${NEED_SECTION_LABEL[section]}: ${NEED_AREA_LABEL[needArea(text, section, chosen)]}` : NEED_SECTION_LABEL[section];
}
