import { withCapitalI } from '../src/language/textSpeak';

/*
 * Items the bot lists back in a message (hopes, hard things, help), each in the person's words in
 * quotes on a line of its own: after a "•", or after its number ("1: ") with a blank line between,
 * where the person picks one by its number.
 */

/** The items, already shortened for quoting, as one list for a `{{...}}` placeholder. */
export function quotedList(items: readonly string[], style: 'bullets' | 'numbered' = 'bullets'): string {
  // "i want ..." beside "I want ...": every item says "I" the same way.
  const said = items.map(withCapitalI);
  return style === 'numbered' ? said.map((item, i) => `${i + 1}: "${item}"`).join('\n\n') : said.map((item) => `• "${item}"`).join('\n');
}
