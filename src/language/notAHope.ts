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


/** "i just like her", "she is just nice", "its just something i like", "lol": a liking, no hope and nothing hard. */
const ONLY_A_LIKING =
  /^(?:(?:no|nah|lol|haha|omg|oh|wait|sorry|oops|its|it s|thats|that s|that|just|i|im)\s+)*(?:(?:i\s+)?(?:just|only|really)\s+(?:like|love|think\s+(?:she|he|they)\s+(?:is|s|are)\s+\w+)\s*(?:her|him|them|it|that|this|\w+)?|(?:she|he|they|it)\s*(?:is|s|are)\s+(?:just|only|really)\s+(?:nice|kind|fun|cool|funny|great|lovely|my\s+(?:teacher|friend|favourite))|(?:its|it s|thats|that s)\s+(?:just\s+)?(?:something|someone|who|what)\s+i\s+(?:like|love)|(?:i\s+)?(?:like|love)\s+(?:her|him|them|it))(?:\s+(?:lol|haha|tho|though|thats all|that s all|a lot|loads))*$/;

/** Words beside "not a hope" that only point at the hope: "no thats", "it", "lol". */
// "bruv", "fam", "mate": a word to the listener, pointing at nothing.
const POINTS_AT = new Set(['no', 'nah', 'nope', 'lol', 'haha', 'oops', 'sorry', 'that', 'thats', 'this', 'its', 'it', 's', 'is', 'was', 'one', 'really', 'just', 'the', 'last', 'bruv', 'bro', 'fam', 'mate', 'innit', 'man', 'tho', 'lmao']);

/** "i was just saying", "just joking": it was said in passing, never meant to be kept. */
const ONLY_SAYING = /^(?:i\s+(?:was|am|m)\s+|i\s+)?(?:just|only)\s+(?:saying|sayin|joking|jokin|chatting|chattin|talking|talkin|messing|messin)(?:\s+(?:it|that|lol|bruv|bro|fam|mate|innit|man|tho|haha\w*))*$/;

/**
 * "no thats not a hope. i just like her": the hope just kept was a liking said in passing, not a
 * hope and nothing hard; it is taken out, never moved. Anything else beside the "not a hope" (a
 * new hope, something hard, a worry) is left to the readers of those. `hope`: the hope's own words,
 * which may name it ("miss jones isnt a hope").
 */
export function saysLastHopeIsOnlyALiking(text: string, hope = ''): boolean {
  if (text.length > 160) return false;
  const said = normaliseMessage(text);
  if (!NOT_A_HOPE.test(said) || saysLastHopeIsHard(text)) return false;
  const own = new Set(normaliseMessage(hope).split(/\s+/));
  const clauses = text
    .toLowerCase()
    .split(/[.!?;,]+/)
    .flatMap((c) => normaliseMessage(c).split(/(?<!\b(?:was|am|m|i))\s+(?=(?:i|she|he|they|its|it s)\s+(?:just|only|really|like|love|is|s|was|am|m)\b|(?:just|only)\s+(?:saying|sayin|joking|jokin)\b)/))
    .map((c) => c.trim())
    .filter(Boolean);
  // Each clause is the "not a hope" itself (only pointing at the hope) or a liking.
  const pointsOnly = (c: string) => c.replace(NOT_A_HOPE, ' ').split(/\s+/).filter(Boolean).every((w) => POINTS_AT.has(w) || own.has(w));
  return clauses.every((c) => (NOT_A_HOPE.test(c) ? pointsOnly(c) : ONLY_A_LIKING.test(c) || ONLY_SAYING.test(c) || /^(?:no|nah|nope|lol|haha|oops|sorry)$/.test(c)));
}
