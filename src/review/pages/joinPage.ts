import { html, type Html } from '../html';
import { layout } from './layout';

/** For the young person who opened an invitation link: no sign-in, no draft, just what to do next. */
export function joinPage(code: string): Html {
  return layout({
    title: 'Your invitation code',
    forYoungPerson: true,
    body: html`<h1>Your invitation code</h1>
<p>Your key worker invited you to share your plan ideas with them.</p>
<p class="big-code">${code}</p>
<ol class="steps">
  <li><a href="/">Open the chat</a>.</li>
  <li>When it asks for a code from your key worker, type <strong>${code}</strong>.</li>
  <li>At the end, the chat asks if you want to share. Only if you say yes will your key worker see your draft.</li>
</ol>`,
  });
}
