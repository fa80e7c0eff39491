import { html, type Html } from '../html';
import { displayInvitationCode } from '../invitationCodes';
import type { Invitation } from '../keyWorkerStore';
import { STATUS_LABEL } from '../labels';
import type { SharedDraft } from '../sharedDrafts';
import { csrfField, formatTime, layout, type SignedIn } from './layout';

const youngPersonName = (shared: SharedDraft): string => shared.draft.youngPerson.name ?? 'Name not given';

function safeguardingSummary(flagged: SharedDraft[]): Html | string {
  if (flagged.length === 0) return '';
  return html`<section class="safeguarding" aria-labelledby="safeguarding-heading">
  <h2 id="safeguarding-heading">Safeguarding: ${flagged.length === 1 ? '1 draft needs' : `${flagged.length} drafts need`} your attention</h2>
  <p>The young person may have said something about harm. Follow your safeguarding procedure today.</p>
  <ul>${flagged.map((s) => html`<li><a href="/review/drafts/${encodeURIComponent(s.draft.id)}">${youngPersonName(s)}</a></li>`)}</ul>
</section>`;
}

function draftRows(drafts: SharedDraft[]): Html {
  if (drafts.length === 0) {
    return html`<p>No drafts are shared with you yet. When a young person types your invitation code and says yes to sharing, their draft appears here.</p>`;
  }
  // Flagged drafts first: a safeguarding concern must never be below the fold.
  const ordered = [...drafts].sort((a, b) => Number(b.draft.flags.length > 0) - Number(a.draft.flags.length > 0));
  return html`<table class="drafts">
  <caption class="visually-hidden">Drafts shared with you</caption>
  <thead><tr><th scope="col">Young person</th><th scope="col">Status</th><th scope="col">Last change</th><th scope="col">Flags</th></tr></thead>
  <tbody>${ordered.map(
    (s) => html`<tr${s.draft.flags.length > 0 ? html` class="flagged"` : ''}>
    <th scope="row"><a href="/review/drafts/${encodeURIComponent(s.draft.id)}">${youngPersonName(s)}</a></th>
    <td><span class="status status-${s.draft.status}">${STATUS_LABEL[s.draft.status]}</span></td>
    <td>${formatTime(s.draft.updatedAt)}</td>
    <td>${s.draft.flags.length > 0 ? html`<strong class="flag">Safeguarding</strong>` : html`<span class="muted">None</span>`}</td>
  </tr>`,
  )}</tbody>
</table>`;
}

function invitations(list: Invitation[], joinBase: string, signedIn: SignedIn): Html {
  const rows = list.map((invitation) => {
    const code = displayInvitationCode(invitation.code);
    const link = `${joinBase}/join/${invitation.code}`;
    return html`<li class="invitation">
      <span class="code" aria-label="Code ${code.split('').join(' ')}">${code}</span>
      <span class="invitation-link">Link: <a href="${link}">${link}</a></span>
      <span class="muted">Created ${formatTime(invitation.createdAt)}${invitation.note ? html` · ${invitation.note}` : ''}</span>
    </li>`;
  });
  return html`<section aria-labelledby="invitations-heading">
  <h2 id="invitations-heading">Invitations</h2>
  <p>Give a young person a code (or its link). They type it in the chat, and their draft is shared with you only when they say yes.</p>
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

export function homePage(options: { signedIn: SignedIn; drafts: SharedDraft[]; invitations: Invitation[]; joinBase: string }): Html {
  const flagged = options.drafts.filter((s) => s.draft.flags.length > 0);
  return layout({
    title: 'Drafts shared with you',
    signedIn: options.signedIn,
    body: html`${safeguardingSummary(flagged)}
<h1>Drafts shared with you</h1>
${draftRows(options.drafts)}
${invitations(options.invitations, options.joinBase, options.signedIn)}`,
  });
}
