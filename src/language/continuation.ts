import { recogniseCommand } from './commands';
import { normaliseMessage } from './text';

/*
 * A quick second message that carries on the answer before it: "and baking. like proper baking not
 * just cupcakes lol", "also my cousin", "oh and weighing stuff", "+ my dog", "n my nan too". People
 * typing fast send an answer in two or three messages; the bot has already asked the next question
 * by then, so this one belongs with the previous answer, not with the question now open.
 */

/** Words that only lead up to the joining word: "oh and ...", "wait also ...". A "yes" is an answer of its own. */
const LEAD = /^(?:(?:oh|ah|ohh|um+|erm|wait|sorry|soz|lol|omg|oops)[\s,.!]+)*/i;

/** The joining word itself: "and", "also", "plus", "+", "&", "n" (text-speak). */
// "an" before a vowel or an h is the article ("an apprenticeship", "an OT", "an hour"), never "and".
const JOIN = /^(?:and|also|plus|an(?![\s,.:!-]*[aeiouh])|nd|n|&|\+)(?=[\s,.:!]|$)[\s,.:!-]*/i;

/**
 * What follows that asks or ends rather than adds: "and then what?", "and thats it", "and no", "and
 * do you keep it". "n do a nails course" does a thing, so it adds.
 */
const NOT_MORE =
  /^(?:then\b|what\b|why\b|how\b|who\b|when\b|where\b|is\b|are\b|(?:do|does|did)\s+(?:you|u|ya|i|we|they|he|she|it|that|this|there)\b|(?:do|does|did)$|can\b|could\b|will\b|would\b|so\b|thats it|that s it|thats all|that is all|nothing|no\b|nope|nah|yes\b|yeah|ok\b|okay|now\b|next\b|again\b|another\b|one more\b|more\b|lol$|haha)/;

/** Words after the addition that change nothing: "... too", "... as well". */
const TAIL = /(?:\s+(?:too|as well|aswell|also))+(?=[\s.!]*$)/i;

/**
 * The words a message adds to the answer before it ("baking. like proper baking not just cupcakes
 * lol" from "and baking. like ..."), as typed; null when it is no addition (an answer of its own,
 * a question, or nothing more).
 */
export function readContinuation(text: string): string | null {
  const typed = text.trim();
  if (!typed || typed.length > 300) return null;
  const afterLead = typed.replace(LEAD, '');
  const joined = afterLead.match(JOIN);
  if (!joined) return null;
  const added = afterLead.slice(joined[0].length).replace(TAIL, '').trim();
  const plain = normaliseMessage(added);
  // "and put normal words back on" asks the bot to do something.
  if (!plain || NOT_MORE.test(plain) || /\?\s*$/.test(added) || recogniseCommand(added) !== null) return null;
  return added;
}

/** The previous answer with the addition joined on, so it reads as one answer. */
export function joinedAnswer(previous: string, added: string): string {
  // "show me", then "show me how to do it first": the second says the first again, and more.
  const plain = (s: string) => normaliseMessage(s).replace(/\s+/g, ' ').trim();
  if (plain(previous) && plain(added).startsWith(`${plain(previous)} `)) return added.trim();
  return `${previous.trim().replace(/[\s.,;]+$/, '')} and ${added.trim()}`;
}
