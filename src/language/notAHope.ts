import { normaliseMessage } from './text';

/*
 * "no thats wrong, thats not a hope thats what he struggles with", "that's a problem not a hope":
 * the hope just kept was something hard. Said about the last answer, never a new one.
 */

const NOT_A_HOPE = /\b(?:not|isnt|isn t|wasnt|wasn t|aint|never)\s+(?:really\s+)?(?:a|an|my|his|her|their|one of (?:my|his|her|the))?\s*(?:hope|dream|goal|wish|aspiration)s?\b/;
const HARD = /\b(?:struggles?|struggling|struggle|finds?\s+(?:\w+\s+)?hard|hard|difficult|difficulty|difficulties|problems?|issues?|needs?|barriers?|cant|can t|cannot|worries|worry|worried|anxious|anxiety|diagnosis|condition|what\s+(?:makes|gets|stops))\b/;
/** "thats what he struggles with", "its something she finds hard", "that was a problem". */
const IS_HARD =
  /^(?:(?:no|nah|oh|wait|sorry|oops)\s+)*(?:that|thats|that s|that is|that was|its|it s|it is|it was|this is)\s+(?:actually\s+|really\s+|more\s+)?(?:what|something)\s+(?:he|she|they|i|we|\w+)\s+(?:struggles?|finds?\s+(?:\w+\s+)?hard|cant|can t|has\s+trouble|worries)\b|^(?:(?:no|nah|oh|wait|sorry|oops)\s+)*(?:that|thats|that s|that is|that was|its|it s|it is|it was)\s+(?:a|the|his|her|their|my)\s+(?:problem|difficulty|struggle|need|barrier|worry)\b.*\bnot\s+(?:a|the)?\s*(?:hope|dream)\b/;

/** The message says the last hope was something hard, not a hope. */
export function saysLastHopeIsHard(text: string): boolean {
  const said = normaliseMessage(text);
  if (said.length > 200) return false;
  if (IS_HARD.test(said)) return true;
  return NOT_A_HOPE.test(said) && HARD.test(said.replace(NOT_A_HOPE, ' '));
}

/** Words that point at an item without naming it: "the worried bit", "that one". */
const POINTING = new Set(['hope', 'hopes', 'dream', 'dreams', 'that', 'thats', 'this', 'isnt', 'just', 'part', 'thing', 'things', 'really', 'what', 'with', 'about', 'wrong', 'actually', 'their', 'them', 'they', 'mine', 'your', 'last', 'first', 'second', 'third', 'also', 'only', 'more', 'like', 'okay', 'sorry', 'wasnt', 'aint', 'never', 'goal', 'wish', 'aspiration', 'struggles', 'struggle', 'struggling', 'finds', 'hard', 'difficult', 'difficulty', 'problem', 'problems', 'issue', 'issues', 'need', 'needs', 'barrier', 'cant', 'makes', 'gets', 'stops', 'something']);

/** "the worried bit isnt a hope thats just me": the words naming an item in the clause that says it is no hope. */
function namingWords(text: string): string[] {
  const clauses = normaliseMessage(text).split(/[.!?;,]+|\s+(?:and|but|also)\s+/).filter((c) => NOT_A_HOPE.test(c) || saysLastHopeIsHard(c));
  return clauses.flatMap((c) => c.replace(NOT_A_HOPE, ' ').split(/\s+/)).filter((w) => w.length >= 4 && !POINTING.has(w));
}

/**
 * Which of these items the message names as no hope ("the worried bit" names "im worried about the
 * move"): their indexes, by a shared word stem; empty when it names none of them.
 */
export function itemsNamedNotAHope(text: string, items: readonly string[]): number[] {
  const stems = namingWords(text).map((w) => w.slice(0, 5));
  if (stems.length === 0) return [];
  return items.flatMap((item, i) => (normaliseMessage(item).split(/\s+/).some((w) => w.length >= 4 && stems.includes(w.slice(0, 5))) ? [i] : []));
}

