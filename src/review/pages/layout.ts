import { longDate } from '../../domain/dates';
import { html, type Html, type HtmlValue } from '../html';

export interface SignedIn {
  name: string;
  csrfToken: string;
  /** Safeguarding leads see a link to their queue on every page. */
  safeguardingLead?: boolean;
}

// Made on first use: building a formatter with a time zone loads its data, which start-up need not wait for.
let when: Intl.DateTimeFormat | undefined;

export const formatTime = (iso: string): string =>
  (when ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' })).format(new Date(iso));
/** Dates without a time (timeframes) are calendar days: formatted in UTC so they never shift. */
export const formatDay = (isoDate: string): string => longDate(isoDate);

export function csrfField(token: string): Html {
  return html`<input type="hidden" name="csrf" value="${token}">`;
}

/** Every review page: one h1 per page, a skip link, the stylesheet, no script. */
export function layout(options: { title: string; signedIn?: SignedIn; body: HtmlValue; forYoungPerson?: boolean }): Html {
  const { signedIn } = options;
  // A young person opening an invitation link is not on the key workers' site: the brand leads to the chat.
  const brand = options.forYoungPerson
    ? html`<a class="brand" href="/">Outcomes Bot</a>`
    : html`<a class="brand" href="/review">Outcomes Bot <span>key worker review</span></a>`;
  const nav = signedIn
    ? html`<nav class="site-nav" aria-label="Account">
        <a href="/review">Drafts and invitations</a>
        ${signedIn.safeguardingLead ? html`<a href="/review/safeguarding">Safeguarding concerns</a>` : ''}
        <span class="who">Signed in as ${signedIn.name}</span>
        <form method="post" action="/review/logout" class="inline">${csrfField(signedIn.csrfToken)}<button type="submit" class="link-button">Sign out</button></form>
      </nav>`
    : '';
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} – Outcomes Bot${options.forYoungPerson ? '' : ' review'}</title>
<link rel="stylesheet" href="/assets/review.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="wrap">
${brand}
${nav}
</div></header>
<main id="main" class="wrap" tabindex="-1">
${options.body}
</main>
</body>
</html>`;
}

export function messagePage(title: string, message: string, signedIn?: SignedIn): Html {
  return layout({
    title,
    signedIn,
    body: html`<h1>${title}</h1><p>${message}</p><p><a href="/review">Back to your drafts</a></p>`,
  });
}

export const notFoundPage = (signedIn?: SignedIn): Html =>
  messagePage('Page not found', 'There is nothing here, or it is not shared with you.', signedIn);
