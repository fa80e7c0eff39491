/*
 * Server-rendered HTML with one rule: every interpolated value is escaped unless it is already
 * Html made by this module. The young person's words can hold anything (`<script>`, markdown,
 * quotes) and always appear as plain text.
 */

import { escapeHtml } from '../security/escape';
import { showInvisibleControls } from '../security/visibleControls';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Escaped, with bidirectional and zero-width characters shown as visible markers (see visibleControls.ts). */
const escapeShown = (text: string): string => escapeHtml(showInvisibleControls(text));

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeShown(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** A value safe to use in an id attribute and a URL fragment (item ids contain "/"). */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
