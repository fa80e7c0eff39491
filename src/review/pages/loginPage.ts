import { html, type Html } from '../html';
import { layout } from './layout';

export function loginPage(options: { csrfToken: string; email?: string; error?: string }): Html {
  const error = options.error
    ? html`<div class="error-summary" role="alert" id="login-error"><h2>There is a problem</h2><p>${options.error}</p></div>`
    : '';
  return layout({
    title: 'Sign in',
    body: html`<h1>Sign in</h1>
<p>For key workers, SENCos and EHC coordinators reviewing a young person’s draft.</p>
${error}
<form method="post" action="/review/login" class="stack narrow">
  <input type="hidden" name="csrf" value="${options.csrfToken}">
  <div class="field">
    <label for="email">Email address</label>
    <input id="email" name="email" type="email" autocomplete="username" required value="${options.email ?? ''}"${options.error ? html` aria-describedby="login-error"` : ''}>
  </div>
  <div class="field">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
  </div>
  <button type="submit" class="button">Sign in</button>
</form>
<p class="hint">Accounts are created by your administrator.</p>`,
  });
}
