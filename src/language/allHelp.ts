import { provisionItems } from './provisionItems';

/*
 * "change all the help to: a travel buddy, a bus pass and a phone", "the help for the bus one should
 * be travel buddy, bus pass": every piece of help for an outcome replaced at once by a new list.
 * Read as that only when "all" is said or the new words list two things or more; one new thing
 * ("change the help to a tutor") is new words for one piece, as before.
 */

export interface AllHelpChange {
  /** The outcome named ("the bus one"), '' when none is. */
  outcome: string;
  /** The new help, one piece each, in the person's words. */
  help: string[];
  /** "all" was said. */
  all: boolean;
}

const LEAD = String.raw`(?:(?:can|could|pls|please|i|id|we|would|like|want|wanna|to|just|also|oh|actually|so|you|let|me|need|ok|okay)\s+)*`;
const HELP = String.raw`(all\s+(?:of\s+)?)?(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:help|support|provision)(?:\s+(?:bits?|parts?|list|things?|stuff))?`;
const FOR_OUTCOME = String.raw`(?:\s+(?:for|on|in|of|under|with)\s+(.+?))?`;
/** "change all the help to ...", "replace the help for the bus one with ...". */
const CHANGE = new RegExp(String.raw`^${LEAD}(?:change|replace|swap|update|redo|rewrite|make|set)\s+${HELP}${FOR_OUTCOME}\s*(?:to\s+say|to|with|into|so\s+(?:it|they)\s+(?:says?|reads?|are|is)|as)\s*:?\s+(.+)$`, 'i');
/** "the help should be: ...", "all the support for the bus one needs to be ...". */
const SHOULD = new RegExp(String.raw`^${HELP}${FOR_OUTCOME}\s+(?:should\s+(?:just\s+)?(?:be|say|read)|needs\s+to\s+(?:be|say)|must\s+(?:be|say)|is\s+now|are\s+now|will\s+be)\s*:?\s+(.+)$`, 'i');
/** Words that name an outcome without being part of it: "the bus one", "my cooking goal". */
const OUTCOME_WORDS = /^(?:the|my|his|her|their)\s+|\s+(?:one|outcome|goal|step|bit)$/gi;

export function readAllHelpChange(text: string): AllHelpChange | null {
  const said = text.slice(0, 400).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '');
  const found = CHANGE.exec(said) ?? SHOULD.exec(said);
  if (!found) return null;
  const all = Boolean(found[1]);
  const help = provisionItems(found[3]!.replace(/^(?:all\s+of\s+|just\s+)/i, ''))
    .map((item) => item.replace(/^(?:and|also|plus)\s+/i, '').trim())
    .filter((item) => /[a-z]/i.test(item));
  if (help.length === 0 || (!all && help.length < 2)) return null;
  return { outcome: (found[2] ?? '').replace(OUTCOME_WORDS, '').trim(), help, all };
}
