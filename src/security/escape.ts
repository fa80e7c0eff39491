/**
 * Web Chat renders a bot message's text as Markdown with HTML allowed (then sanitised), and Teams
 * renders Markdown too. A young person's own words read back inside a bot message must show as
 * the words they typed, never become a link, an image, a heading or markup.
 */

/** Characters that start Markdown or HTML anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]/g;
/** Characters that only matter at the start of a line: headings, quotes, lists, setext rules. */
const LINE_START = /^(\s*)([#+\-=]|\d+[.)])/gm;
/** `&amp;`-style entities would be decoded by the renderer; their ampersand is escaped. */
const ENTITY = /&(?=#?\w+;)/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(ENTITY, '\\&')
    .replace(LINE_START, (_match, space: string, mark: string) => `${space}${mark.replace(/([#+\-=.)])$/, '\\$1')}`);
}

/** Escapes every string value, for i18n placeholders that hold what the person typed. */
export function escapeMarkdownVars(vars: Record<string, string | number> | undefined): Record<string, string | number> | undefined {
  if (!vars) return vars;
  return Object.fromEntries(Object.entries(vars).map(([key, value]) => [key, typeof value === 'string' ? escapeMarkdown(value) : value]));
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** The one HTML escaper (review site and exports): no text the person typed can become markup or end an attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => HTML_ENTITIES[c] ?? c);
}
