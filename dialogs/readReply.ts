import { splitYesWithContent } from '../src/language';
import { withoutLeadFiller } from '../src/language/leadFiller';
import { saysNothingMore } from '../src/language/closedAnswers';
import type { Words as ContentWords, Translate } from '../src/i18n';

/** What an answer to an open or a yes / no question means for the stage. */
export type Reply =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'notSure' }
  | { kind: 'empty' }
  /** Words to keep, already without a leading "yes," ("yeah, learn to drive" -> "learn to drive"). */
  /** `unsure`: a "dunno" or "not sure" was said before the words ("idk, i hate loud places"). */
  | { kind: 'content'; text: string; unsure?: boolean };

/**
 * "nothing", "no, not really", "none at the moment": the person has nothing to add here. Only
 * these whole phrases count, so "no one to go with" or "no bus near me" are kept as answers.
 */
const NOTHING =
  /^(?:no|nope|nah|none|nothing|nothin|nuthin|nuthing|nuffin|nothink|n[o']?t (?:really|realy|rly|rlly|relly|rli)|not much|not yet|nobody|no one)(?:[\s,.!-]+(?:nothing|nothin|nuthin|nuffin|yet|really|(?:for|4|fr) now|now|at the moment|right now|at all|else|thanks|thank you|i can think of|comes to mind|that i know of|is hard|makes it hard|helps|n[o']?t (?:really|realy|rly|rlly|relly|rli)|i'?m done|that'?s all|that'?s it))*[\s.!]*$/i;

/**
 * "nah leave it out. nuffin is hard", "leave it, nothin": "leave it" only leads into the nothing. Alone it
 * may mean skip, so it counts only with a whole "nothing" after it.
 */
const LEAVE_IT = /^(?:(?:no|nope|nah|na)[\s,.!-]+)?(?:leave\s+it(?:\s+out)?|forget\s+it|nah\s+leave\s+it)[\s,.!-]+(?=\S)/i;

/** The whole message says there is nothing to add here. */
function saysNothing(trimmed: string): boolean {
  return NOTHING.test(trimmed) || saysNothingMore(trimmed) || (LEAVE_IT.test(trimmed) && NOTHING.test(trimmed.replace(LEAVE_IT, '')));
}

function sameLabel(text: string, labelKeys: readonly string[], words: ContentWords): boolean {
  const answer = normalise(text);
  const registers: Translate[] = [words.forMode('standard'), words.forMode('easy_read')];
  return labelKeys.some((key) => registers.some((t) => normalise(t(key)) === answer));
}

/**
 * "i dont know anyone", "don't know how to", "idk which bus to get": not knowing something, said as
 * what is hard. The text-speak forms ("idk", "dunno") count the same as the words in full.
 */
const KNOWS_NOT =
  /^(?:(?:i|he|she|they|we)?\s*(?:dont|don t|do not|doesnt|doesn t|does not)\s+know|idk|i\s+dunno|dunno|i\s+dont\s+kno|dont\s+kno)\s+(?:anyone|anybody|any\s+\w+|anything\s+about|how|what\s+to|which|where|who|when\s+to|many|much|the\s+way|people|the\s+\w+|my\s+way|his\s+way|her\s+way)\b/;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** "yes, and noise": the joining word belongs to neither the yes nor the new answer. */
function withoutJoin(rest: string): string {
  // "yeah basically the game is too fast": the softening word after the yes is no part of the answer either.
  return withoutLeadFiller(rest.replace(/^(?:and|also|plus|too)\b[\s,]*/i, '').trim() || rest);
}

/**
 * An answer to an open question. `nothingLabels` are the stage's own "Nothing for now" buttons,
 * which mean the same as typing "nothing". A leading "yes," or "maybe" is dropped from the words
 * kept; a leading "no" or "never" is part of the answer ("never gives up"), so all of it is kept.
 */
/** "sorry", "soz", "sorry about that": only an apology. */
const APOLOGY_ONLY = /^[\s,.!]*(?:(?:i'?m|i\s+am)\s+)?(?:so\s+|really\s+)?(?:sorry|soz|sry)(?:\s+(?:about\s+that|lol|x+))?[\s.!]*$/i;

/** Whether a message is only an apology ("sorry", "soz"): never an answer. */
export const onlyAnApology = (text: string): boolean => APOLOGY_ONLY.test(text);

export function readOpenReply(text: string, words: ContentWords, nothingLabels: readonly string[] = []): Reply {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (sameLabel(trimmed, nothingLabels, words) || saysNothing(trimmed)) return { kind: 'no' };
  // "sorry" alone (what is left of "im not sure sorry"): no answer, so it is "I'm not sure".
  if (APOLOGY_ONLY.test(trimmed)) return { kind: 'notSure' };
  const { answer, rest } = splitYesWithContent(trimmed);
  if (!answer) return { kind: 'content', text: trimmed };
  // "i dont know anyone there", "he doesnt know how to ask": not knowing something is the answer, never a shrug.
  if (answer === 'notSure' && rest && KNOWS_NOT.test(normalise(trimmed))) return { kind: 'content', text: trimmed };
  // "im not sure sorry": an apology beside the shrug is no answer.
  if (!rest || (answer === 'notSure' && APOLOGY_ONLY.test(rest))) return { kind: answer };
  return { kind: 'content', text: answer === 'no' ? trimmed : withoutJoin(rest), ...(answer === 'notSure' ? { unsure: true } : {}) };
}

/**
 * An answer to a yes / no question that invites more ("Do you have another hope?"): yes (or
 * "maybe") with words after it is yes plus those words; words with no yes or no are new words.
 */
export function readYesNoReply(text: string): Reply {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  if (saysNothing(trimmed)) return { kind: 'no' };
  const { answer, rest } = splitYesWithContent(trimmed);
  if (!answer) return { kind: 'content', text: trimmed };
  // "i dont know anyone there", "he doesnt know how to ask": not knowing something is the answer, never a shrug.
  if (answer === 'notSure' && rest && KNOWS_NOT.test(normalise(trimmed))) return { kind: 'content', text: trimmed };
  if (!rest) return { kind: answer };
  if (answer !== 'no') return { kind: 'content', text: withoutJoin(rest) };
  // "no, but she'd love to swim" still brings a new answer; "no, I'm good" does not.
  const but = /^but\b[\s,]*/i.exec(rest);
  return but && rest.length > but[0].length ? { kind: 'content', text: rest.slice(but[0].length).trim() } : { kind: 'no' };
}
