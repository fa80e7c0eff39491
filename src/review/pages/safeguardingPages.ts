import { LEAD_ACTIONS, LEAD_ACTION_LABEL, categoryLabel, isClosed, type Concern, type ConcernPerson, type ConcernSummary } from '../../safeguarding/concerns';
import { html, type Html } from '../html';
import { csrfField, formatTime, layout, type SignedIn } from './layout';

const WHO_LABEL: Record<NonNullable<ConcernPerson['who']>, string> = {
  self: 'The young person',
  parent_carer: 'A parent or carer',
  helper: 'The young person, with someone helping',
  supporter: 'A supporter (for example a support worker)',
};

const CHANNEL_LABEL: Record<string, string> = { directline: 'Web chat', msteams: 'Microsoft Teams' };

function personLine(person: ConcernPerson): string {
  const parts = [person.name ?? 'Name not given'];
  if (person.schoolYear !== undefined) parts.push(person.schoolYear === 0 ? 'Reception' : `Year ${person.schoolYear}`);
  else if (person.age !== undefined) parts.push(`age ${person.age}`);
  if (person.teams?.displayName) parts.push(`Teams: ${person.teams.displayName}`);
  return parts.join(', ');
}

/** The young person took back the answer that raised it ("i didnt mean that"): the concern still waits for a lead. */
function takenBackLine(at: string | undefined, closed: boolean): Html | string {
  if (!at) return '';
  return html`<strong class="flag">Taken back by the young person at ${formatTime(at)}${closed ? '' : '; still to be looked at'}</strong>`;
}

function statusOf(summary: ConcernSummary, takenBack: string | undefined): Html {
  const taken = takenBackLine(takenBack, isClosed(summary));
  if (!summary.latest) return html`<strong class="flag">New: nobody has recorded anything yet</strong>${taken ? html`<br>${taken}` : ''}`;
  const label = LEAD_ACTION_LABEL[summary.latest.action];
  return html`<span${isClosed(summary) ? '' : html` class="flag"`}>${label}</span> <span class="muted">by ${summary.latest.byName}, ${formatTime(summary.latest.at)}</span>${taken ? html`<br>${taken}` : ''}`;
}

export function queuePage(options: { signedIn: SignedIn; concerns: ConcernSummary[]; takenBack?: ReadonlyMap<string, string> }): Html {
  const open = options.concerns.filter((c) => !isClosed(c));
  const rows = options.concerns.map(
    (c) => html`<tr${isClosed(c) ? '' : html` class="flagged"`}>
    <th scope="row"><a href="/review/safeguarding/${encodeURIComponent(c.id)}">${formatTime(c.raisedAt)}</a></th>
    <td>${categoryLabel(c.category)}</td>
    <td class="said">
      <span class="muted">Asked:</span> ${c.question ?? c.step}<br>
      ${c.previousMessage ? html`<span class="muted">Before:</span> <q>${c.previousMessage}</q><br>` : ''}
      <span class="muted">Then:</span> <q class="raised">${c.message}</q>
    </td>
    <td>${personLine(c.person)}</td>
    <td>${statusOf(c, options.takenBack?.get(c.id))}</td>
  </tr>`,
  );
  return layout({
    title: 'Safeguarding concerns',
    signedIn: options.signedIn,
    body: html`<h1>Safeguarding concerns</h1>
<p>Every possible disclosure made to Outcomes Bot, shared draft or not. Only safeguarding leads can see this page.
Open each concern, follow your safeguarding procedure, and record what you did.</p>
<p><strong>${open.length === 1 ? '1 concern is' : `${open.length} concerns are`} open.</strong></p>
${
  options.concerns.length === 0
    ? html`<p>No concerns have been raised.</p>`
    : html`<table class="drafts">
  <caption class="visually-hidden">Safeguarding concerns, newest first</caption>
  <thead><tr><th scope="col">Raised</th><th scope="col">Kind of worry</th><th scope="col">What was said</th><th scope="col">Who</th><th scope="col">What has been done</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`
}`,
  });
}

function facts(concern: Concern): Html {
  const p = concern.person;
  const row = (label: string, value: Html | string | undefined) => (value ? html`<tr><th scope="row">${label}</th><td>${value}</td></tr>` : '');
  return html`<table class="facts">
  <caption class="visually-hidden">What is known of the person</caption>
  <tbody>
  ${row('Who was chatting', p.who ? WHO_LABEL[p.who] : undefined)}
  ${row('Name they gave', p.name ?? 'Not given')}
  ${row('Age', p.age !== undefined ? String(p.age) : undefined)}
  ${row('School year', p.schoolYear !== undefined ? (p.schoolYear === 0 ? 'Reception' : `Year ${p.schoolYear}`) : undefined)}
  ${row('Name and school they added', p.contact)}
  ${row('Teams account', p.teams ? `${p.teams.displayName ?? 'Name not shown'} (Entra object id ${p.teams.aadObjectId}, tenant ${p.teams.tenantId})` : undefined)}
  ${row('Key worker', p.keyWorker ? `${p.keyWorker.name} (${p.keyWorker.email})` : 'None linked')}
  ${row('Invitation code', p.invitationCode)}
  ${row('Where', CHANNEL_LABEL[concern.channelId] ?? concern.channelId)}
  ${row('Reading mode', p.readingMode === 'easy_read' ? 'Easy read' : undefined)}
  </tbody>
</table>`;
}

function history(concern: Concern): Html {
  if (concern.actions.length === 0) return html`<p>Nothing has been recorded yet.</p>`;
  return html`<ol class="history">${concern.actions.map(
    (a) => html`<li><strong>${LEAD_ACTION_LABEL[a.action]}</strong> by ${a.byName}, ${formatTime(a.at)}${a.note ? html`<br><span class="note">${a.note}</span>` : ''}</li>`,
  )}</ol>`;
}

export function concernPage(options: { signedIn: SignedIn; concern: Concern; notice?: string; takenBackAt?: string }): Html {
  const { concern, signedIn } = options;
  return layout({
    title: 'Safeguarding concern',
    signedIn,
    body: html`<p><a href="/review/safeguarding">All safeguarding concerns</a></p>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ''}
<h1>Safeguarding concern</h1>
<p>Raised ${formatTime(concern.raisedAt)}. Kind of worry: <strong>${categoryLabel(concern.category)}</strong>.</p>
${options.takenBackAt ? html`<p>${takenBackLine(options.takenBackAt, isClosed(concern))}. Their words are under "What they said after it"; check with them.</p>` : ''}
<section aria-labelledby="words-heading">
  <h2 id="words-heading">What was said</h2>
  <dl class="said">
    <dt>The question the bot had asked</dt><dd>${concern.question ?? 'None (the chat had just started)'} <span class="muted">(${concern.step})</span></dd>
    <dt>Their message before</dt><dd>${concern.previousMessage ? html`<q>${concern.previousMessage}</q>` : 'None'}</dd>
    <dt>The message that raised the concern</dt><dd><q class="raised">${concern.message}</q></dd>
    ${concern.person.saidAfter ? html`<dt>What they said after it, at the safety check or later in the chat</dt><dd>${concern.person.saidAfter.split('\n').map((line) => html`<q>${line}</q><br>`)}</dd>` : ''}
  </dl>
</section>
<section aria-labelledby="person-heading">
  <h2 id="person-heading">What is known of them</h2>
  ${facts(concern)}
</section>
<section aria-labelledby="history-heading">
  <h2 id="history-heading">What has been done</h2>
  <p class="muted">This history cannot be changed or deleted. It is kept until ${formatTime(concern.keepUntil)}.</p>
  ${history(concern)}
  <form method="post" action="/review/safeguarding/${encodeURIComponent(concern.id)}/actions" class="stack narrow">
    ${csrfField(signedIn.csrfToken)}
    <fieldset>
      <legend>Record what you did</legend>
      ${LEAD_ACTIONS.map(
        (action, i) => html`<div class="choice"><input type="radio" name="action" id="action-${action}" value="${action}"${i === 0 ? html` required` : ''}><label for="action-${action}">${LEAD_ACTION_LABEL[action]}</label></div>`,
      )}
    </fieldset>
    <div class="field">
      <label for="note">Note (optional)</label>
      <p class="hint" id="note-hint">For example who you referred to. Other safeguarding leads will read it.</p>
      <textarea id="note" name="note" rows="3" maxlength="2000" aria-describedby="note-hint"></textarea>
    </div>
    <button type="submit" class="button">Record it</button>
  </form>
</section>`,
  });
}
