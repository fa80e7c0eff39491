import { isParentOrCarer } from '../../domain/aboutWhom';
import {
  CASELOAD_STATUS_LABEL,
  CASELOAD_STATUSES,
  queryString,
  schoolYearLabel,
  type Caseload,
  type CaseloadQuery,
  type CaseloadRow,
} from '../caseload';
import { html, type Html } from '../html';
import { displayInvitationCode, normaliseInvitationCode } from '../invitationCodes';
import { invitationUsable, type Invitation } from '../../storage';
import type { SharedDraft } from '../caseload';
import { csrfField, formatDay, formatTime, layout, type SignedIn } from './layout';

const youngPersonName = (shared: SharedDraft): string => shared.draft.youngPerson.name ?? 'Name not given';

function safeguardingSummary(flagged: SharedDraft[]): Html | string {
  if (flagged.length === 0) return '';
  return html`<section class="safeguarding" aria-labelledby="safeguarding-heading">
  <h2 id="safeguarding-heading">Safeguarding: ${flagged.length === 1 ? '1 draft needs' : `${flagged.length} drafts need`} your attention</h2>
  <p>The young person may have said something about harm. Follow your safeguarding procedure today.</p>
  <ul>${flagged.map((s) => html`<li><a href="/review/drafts/${encodeURIComponent(s.draft.id)}">${youngPersonName(s)}</a></li>`)}</ul>
</section>`;
}

function counts(caseload: Caseload, query: CaseloadQuery): Html {
  const link = (status: CaseloadQuery['status'], label: string, n: number) =>
    html`<li><a href="/review${queryString({ ...query, status })}"${query.status === status ? html` aria-current="true"` : ''}><span class="n">${n}</span> ${label}</a></li>`;
  return html`<nav aria-label="Drafts by status"><ul class="counts">
  ${link(undefined, 'All', caseload.total)}
  ${CASELOAD_STATUSES.map((s) => link(s, CASELOAD_STATUS_LABEL[s], caseload.counts[s]))}
</ul></nav>`;
}

function option(value: string, label: string, selected: boolean): Html {
  return html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
}

function filters(caseload: Caseload, query: CaseloadQuery): Html {
  return html`<form method="get" action="/review" class="filters" role="search" aria-label="Filter drafts">
  <div class="field"><label for="q">Name</label><input id="q" name="q" type="search" maxlength="100" value="${query.q ?? ''}"></div>
  <div class="field"><label for="status">Status</label><select id="status" name="status">
    ${option('', 'Any status', !query.status)}
    ${CASELOAD_STATUSES.map((s) => option(s, CASELOAD_STATUS_LABEL[s], query.status === s))}
  </select></div>
  <div class="field"><label for="year">Year group</label><select id="year" name="year">
    ${option('', 'Any year', query.year === undefined)}
    ${caseload.years.map((y) => option(String(y), schoolYearLabel(y), query.year === y))}
  </select></div>
  <div class="field"><label for="flag">Safeguarding</label><select id="flag" name="flag">
    ${option('', 'All drafts', !query.flag)}
    ${option('yes', 'Flagged only', query.flag === 'yes')}
    ${option('no', 'Not flagged', query.flag === 'no')}
  </select></div>
  <div class="field"><label for="sort">Order</label><select id="sort" name="sort">
    ${option('act_by', 'Date to act by', !query.sort || query.sort === 'act_by')}
    ${option('updated', 'Last change', query.sort === 'updated')}
    ${option('name', 'Surname', query.sort === 'name')}
  </select></div>
  <div class="buttons"><button type="submit" class="button">Show</button> <a class="button secondary" href="/review">Clear</a></div>
</form>`;
}

function draftRows(rows: CaseloadRow[], total: number): Html {
  if (total === 0) {
    return html`<p>No drafts are shared with you yet. When a young person types your invitation code and says yes to sharing, their draft appears here.</p>`;
  }
  if (rows.length === 0) return html`<p role="status">No drafts match. <a href="/review">Show all drafts</a>.</p>`;
  return html`<p role="status" class="muted">${rows.length === 1 ? '1 draft' : `${rows.length} drafts`} shown.</p>
<table class="drafts">
  <caption class="visually-hidden">Drafts shared with you</caption>
  <thead><tr><th scope="col">Young person</th><th scope="col">Year</th><th scope="col">Status</th><th scope="col">Act by</th><th scope="col">Last change</th><th scope="col">Open comments</th><th scope="col">Flags</th></tr></thead>
  <tbody>${rows.map(
    (s) => html`<tr${s.draft.flags.length > 0 ? html` class="flagged"` : ''}>
    <th scope="row"><a href="/review/drafts/${encodeURIComponent(s.draft.id)}">${youngPersonName(s)}</a>${
      isParentOrCarer(s.draft.youngPerson) ? html` <span class="muted">(parent or carer)</span>` : ''
    }</th>
    <td data-label="Year">${s.draft.youngPerson.schoolYear !== undefined ? schoolYearLabel(s.draft.youngPerson.schoolYear) : html`<span class="muted">Not given</span>`}</td>
    <td data-label="Status"><span class="case-status case-${s.caseStatus}">${CASELOAD_STATUS_LABEL[s.caseStatus]}</span></td>
    <td data-label="Act by">${s.draft.keyWorker?.actBy ? formatDay(s.draft.keyWorker.actBy) : html`<span class="muted">Not set</span>`}</td>
    <td data-label="Last change">${formatTime(s.draft.updatedAt)}</td>
    <td data-label="Open comments">${s.openComments}</td>
    <td data-label="Flags">${s.draft.flags.length > 0 ? html`<strong class="flag">Safeguarding</strong>` : html`<span class="muted">None</span>`}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function invitationState(invitation: Invitation, now: Date): string {
  if (invitation.revokedAt) return `Revoked ${formatTime(invitation.revokedAt)}`;
  if (!invitationUsable(invitation, now)) return `Expired ${formatTime(invitation.expiresAt ?? invitation.createdAt)}`;
  return invitation.expiresAt ? `Expires ${formatTime(invitation.expiresAt)}` : 'Does not expire';
}

function invitations(list: Invitation[], drafts: SharedDraft[], joinBase: string, signedIn: SignedIn, now: Date): Html {
  const usedBy = (code: string) =>
    drafts.filter((s) => s.draft.keyWorker?.invitationCode && normaliseInvitationCode(s.draft.keyWorker.invitationCode) === code).map(youngPersonName);
  const rows = list.map((invitation) => {
    const code = displayInvitationCode(invitation.code);
    const link = `${joinBase}/join/${invitation.code}`;
    const usable = invitationUsable(invitation, now);
    const users = usedBy(invitation.code);
    return html`<li class="invitation${invitation.revokedAt ? ' revoked' : usable ? '' : ' expired'}">
      <span class="code" aria-label="Code ${code.split('').join(' ')}">${code}</span>
      ${usable ? html`<span class="invitation-link">Link: <a href="${link}">${link}</a></span>` : ''}
      <span class="muted">Created ${formatTime(invitation.createdAt)}${invitation.note ? html` · ${invitation.note}` : ''} · ${invitationState(invitation, now)}</span>
      <span class="used-by">${users.length > 0 ? html`Shared by: ${users.join(', ')}` : 'Not shared with you by anyone yet'}</span>
      ${
        usable
          ? html`<form method="post" action="/review/invitations/${invitation.code}/revoke" class="inline">${csrfField(signedIn.csrfToken)}<button type="submit" class="button secondary" aria-label="Revoke code ${code}">Revoke</button></form>`
          : ''
      }
    </li>`;
  });
  return html`<section aria-labelledby="invitations-heading">
  <h2 id="invitations-heading">Invitations</h2>
  <p>Give a young person a code (or its link). They type it in the chat, and their draft is shared with you only when they say yes. A code works for 90 days, or until you revoke it; drafts already shared stay shared.</p>
  <form method="post" action="/review/invitations" class="stack narrow">
    ${csrfField(signedIn.csrfToken)}
    <div class="field">
      <label for="note">Note for you (optional)</label>
      <p class="hint" id="note-hint">Only you see it, for example a class or a first name.</p>
      <input id="note" name="note" type="text" maxlength="80" aria-describedby="note-hint">
    </div>
    <button type="submit" class="button">Create an invitation</button>
  </form>
  ${list.length > 0 ? html`<ul class="invitations">${rows}</ul>` : html`<p class="muted">You have no invitations yet.</p>`}
</section>`;
}

export interface HomePageOptions {
  signedIn: SignedIn;
  drafts: SharedDraft[];
  caseload: Caseload;
  query: CaseloadQuery;
  invitations: Invitation[];
  joinBase: string;
  now: Date;
}

export function homePage(options: HomePageOptions): Html {
  const flagged = options.drafts.filter((s) => s.draft.flags.length > 0);
  const { caseload, query } = options;
  return layout({
    title: 'Drafts shared with you',
    signedIn: options.signedIn,
    body: html`${safeguardingSummary(flagged)}
<h1>Drafts shared with you</h1>
${caseload.total > 0 ? html`${counts(caseload, query)}${filters(caseload, query)}` : ''}
${draftRows(caseload.rows, caseload.total)}
${caseload.rows.length > 0 ? html`<p><a class="button secondary" href="/review/export.zip${queryString(query)}">Download these ${caseload.rows.length === 1 ? 'in Word' : `${caseload.rows.length} plans in Word`} (zip)</a></p>` : ''}
${invitations(options.invitations, options.drafts, options.joinBase, options.signedIn, options.now)}`,
  });
}
