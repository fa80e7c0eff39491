/*
 * A time with a reason or a remark said after it: "end of year 2. it take time for him", "in 6
 * months. this is the most urgent". The time is the answer; the remark is talk about it. Read only
 * when the remark names no time of its own.
 */

/** "it take time for him", "this is the most urgent", "because he is slow with it". */
const REMARK_ABOUT_IT = /^(?:(?:because|cos|coz|cause|as|since|but|and|so|i think)\s+)*(?:it|this|that|thats|its|it s)\s+(?:is|s|take|takes|taking|will take|need|needs|has|have|can|cant|will|would|was|more|most|very|really|so|the)\b/;
/** The same with him or her as the subject: a reason at "by when?" ("he need time"), never at the measure. */
const REMARK_ABOUT_THEM = /^(?:(?:because|cos|coz|cause|as|since|but|and|so)\s+)*(?:he|she|they|we|i)\s+(?:is|are|s|need|needs|take|takes|will need|learn|learns|has|have|get|gets|find|finds|can|cant)\b/;
/** Words that name a time: a remark holding one is not only a remark. */
const TIME_WORD = /\d|\b(?:year|years|month|months|week|weeks|term|summer|winter|spring|autumn|christmas|easter|january|february|march|april|may|june|july|august|september|october|november|december|next|end)\b/;

const MAX_TIME_WORDS = 8;

/**
 * "before summer is too long for this", "christmas is too soon": another time turned down, said beside
 * the time chosen. The whole piece must be that shape: a time and "too long" or the like, nothing more.
 */
const TIME_TURNED_DOWN =
  /^(?:(?:but|and|because|cos|as|since)\s+)*(?:(?:before|by|after|at|in|until|till|end\s+of|the\s+end\s+of)\s+)?(?:the\s+|this\s+|next\s+)?[a-z0-9]+(?:\s+[a-z0-9]+)?\s+(?:is|s|are|would\s+be|will\s+be|seems?|sounds?)\s+(?:much\s+|way\s+|far\s+|a\s+bit\s+|really\s+)?too\s+(?:long|late|far|far\s+away|soon|early|short|quick|much)(?:\s+(?:for\s+(?:this|that|it|her|him|them|me)|to\s+wait))?$/;

/** Is this piece (folded, as the pieces here are) another time turned down ("before summer is too long")? */
export function turnsDownATime(piece: string): boolean {
  return TIME_TURNED_DOWN.test(piece.toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim());
}

/** "in 6 months i hope": the hedge after the time is how sure they are, never part of the time kept. */
const HEDGE_AFTER = /\s+(?:i\s+(?:hope|think|guess|reckon|suppose)|hopefully|maybe|probably|i\s+would\s+say)$/;

/**
 * A reason said after the time: "so he's ready for year 6", "because year 6 is sats", "so that she
 * can start college". A year named in it is what the time is for, never a second date.
 */
const REASON_LEAD = /^(?:(?:because|cos|coz|cause|since|so that|so as to|in order to)\s+\S|(?:so|as)\s+(?:he|hes|she|shes|they|theyre|we|were|i|im|it|its|his|her|their|the|that|thats|there|theres|[a-z]+s)\b)/;

/** Is this piece (folded to lower case, apostrophes dropped) a reason for the time said before it? */
export function isReasonForTime(piece: string): boolean {
  const words = piece.toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  return REASON_LEAD.test(words);
}

/**
 * The time part of "end of year 2. it take time for him", or null when the message is not a short
 * time followed only by remarks. `reasonsAboutThem`: "he need time" counts as a remark too.
 */
export function timeBesideRemark(text: string, options: { reasonsAboutThem?: boolean } = {}): string | null {
  if (text.length > 200) return null;
  const pieces = text
    .split(/[.!?;…]+|,?\s+(?=(?:because|cos|coz|cause|so\s+that|so\s+(?=\S+\s)(?!or\b)|since)\b)/i)
    .map((p) => p.toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9\s]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (pieces.length < 2) return null;
  const [time, ...rest] = pieces;
  if (!time || time.split(' ').length > MAX_TIME_WORDS || !TIME_WORD.test(time)) return null;
  const remark = (p: string) => turnsDownATime(p) || (isReasonForTime(p) && TIME_WORD.test(p)) || (!TIME_WORD.test(p.replace(/\btime\b/g, '')) && (REMARK_ABOUT_IT.test(p) || (options.reasonsAboutThem === true && REMARK_ABOUT_THEM.test(p))));
  return rest.every(remark) ? time.replace(HEDGE_AFTER, '') : null;
}

/**
 * "easter i said", "end of year 3 like the other", "summer like i told you": a remark said after
 * the time, pointing at words said before. Not part of the time, so never kept in its phrase.
 */
const POINTING_TAIL = /(?:[\s,]+(?:(?:like|as)\s+)?i\s+(?:said|say|told\s+(?:you|u)|wrote|put|mean|meant)(?:\s+(?:before|already|earlier|b4))?|[\s,]+(?:like|same\s+as|as\s+for|as\s+with|the\s+same\s+as)\s+(?:the\s+)?(?:other|others|last|first|previous|rest)(?:\s+(?:ones?|goals?|outcomes?|steps?))?|[\s,]+same)+[\s.!?]*$/i;

/** "make it end of year 3", "change it to easter", "i said by his birthday": asking for the time, or pointing back, said before it. */
const ASKS_FOR_TIME = /^(?:(?:please|pls|ok|okay|so|and|just)\s+)*(?:(?:make|change|put|set)\s+(?:it|that|this|the\s+(?:date|time))\s+(?:to\s+|as\s+|for\s+|at\s+)?|(?:(?:like|as)\s+)?i\s+(?:said|told\s+(?:you|u)|meant)\s+(?=(?:by|before|in|at|for|when|until|till)\b))(?=\S)/i;
/** "by his birthday, its in april": the month said after the birthday is when it is, "by his birthday in april". */
const BIRTHDAY_MONTH =
  /\b((?:by|before|for|on)\s+(?:my|his|her|their|[a-z]+'?s)\s+(?:next\s+)?(?:birthday|bday))[\s,.;-]+(?:(?:it'?s|its|it\s+is|which\s+is|that'?s|thats|thats\s+in|and\s+(?:that'?s|it'?s|its))\s+)?(?:in\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** The time without a pointing remark after it or a request before it; the text itself when nothing else is left. */
export function withoutPointingTail(text: string): string {
  const rest = text.replace(POINTING_TAIL, '').replace(ASKS_FOR_TIME, '').replace(BIRTHDAY_MONTH, '$1 in $2').trim();
  return rest && TIME_WORD.test(rest.toLowerCase()) ? rest : text;
}
