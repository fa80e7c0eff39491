/*
 * One of two hopes chosen, the other taken back: "wait actually not footballer ... just chef",
 * "no not footballer, just chef", "just chef not footballer". The words name a hope to take out and
 * the one that stays; "wait actually" and the dots are how it was said, never kept.
 */

export interface HopeChosen {
  /** Words naming the hope to take out ("footballer"). */
  dropped: string;
  /** Words naming the hope that stays ("chef"). */
  kept: string;
  /** The hope that stays as typed ("be happy"), kept in these words when it is a new one. */
  keptAsTyped: string;
}

/** "wait", "actually", "no", "hmm", "oh", "sorry": how a change of mind starts. */
const LEAD = String.raw`(?:(?:wait|w8|actually|actualy|acc|no|nah|hmm+|um+|oh|sorry|soz|ok|okay|i\s+mean)[\s,.!…-]*)*`;
/** The words between the two parts: dots, commas, "i want", "its". */
const GAP = String.raw`[\s,.!…-]*(?:(?:i\s+(?:want|wanna|mean)(?:\s+to)?|(?:its|it's|it\s+is))\s+)?`;
/** "just", "only", "i want": what says the hope that stays. */
const ONLY = String.raw`(?:just|only|jus|juss)`;
/** A few words naming a hope, without a full stop or a "not" inside. */
const NAMING = String.raw`((?:(?!not\b|just\b|only\b)[a-z'][a-z']*\s*){1,6}?)`;

const NOT_THEN_ONLY = new RegExp(String.raw`^${LEAD}(?:not|no\s+more|dont\s+want|don't\s+want)\s+${NAMING}${GAP}${ONLY}\s+${NAMING}[\s.!]*$`, 'i');
const ONLY_THEN_NOT = new RegExp(String.raw`^${LEAD}${ONLY}\s+${NAMING}[\s,.!…-]+(?:not|no)\s+${NAMING}[\s.!]*$`, 'i');

const tidy = (words: string): string => words.replace(/^(?:the|a|an|be|being)\s+/i, '').replace(/\s+(?:one|hope|dream)\s*$/i, '').replace(/[\s,.!…-]+$/, '').trim();

/** The hope taken back and the one that stays, or null when the message does not choose between hopes. */
export function readHopeChosen(text: string): HopeChosen | null {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  if (said.length > 120) return null;
  const first = NOT_THEN_ONLY.exec(said);
  if (first) return chosen(first[1]!, first[2]!);
  const second = ONLY_THEN_NOT.exec(said);
  if (second) return chosen(second[2]!, second[1]!);
  return null;
}

/**
 * "not really", "not sure", "not yet", "not at school": a saying that answers the question, never a
 * hope named. Words like these first after "not" mean nothing is taken back.
 */
const SAYING = /^(?:really|rly|sure|yet|much|many|quite|exactly|now|right\s+now|anymore|any\s+more|at|in|on|that|this|so|too|very|even|bothered|fussed|rlly|totally|really\s+sure|for\s+now|today|atm|all|always|ever|anything|nothing|me|i|im|i'm|sure\s+yet|like)\b/i;

/** Words that name no hope of their own ("i", "really", "want", "be"), left out when hopes are compared. */
const FILLER = new Set(['i', 'im', 'me', 'my', 'a', 'an', 'the', 'to', 'be', 'being', 'become', 'want', 'wanna', 'really', 'just', 'so', 'like', 'would', 'will', 'can', 'get', 'go', 'have', 'do', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'one', 'hope', 'dream', 'more', 'some', 'it', 'that']);

const contentWords = (text: string): string[] =>
  text.toLowerCase().replace(/['\u2018\u2019]/g, '').replace(/[^a-z0-9\s]/g, ' ').split(/\s+/).filter((w) => w && !FILLER.has(w));

/**
 * Whether `dropped` names the whole of `hope`, so it may be taken out without asking: every word of
 * the hope that names something is among the words taken back ("footballer" for "be a footballer").
 * "exams" for "make sure i pass my exams" names only part of it, so the removal is asked first.
 */
export function namesWholeHope(hope: string, dropped: string): boolean {
  const named = new Set(contentWords(dropped));
  const words = contentWords(hope);
  return words.length > 0 && words.every((w) => named.has(w));
}

function chosen(dropped: string, kept: string): HopeChosen | null {
  const [d, k] = [tidy(dropped), tidy(kept)];
  if (SAYING.test(d) || contentWords(d).length === 0) return null;
  return d && k ? { dropped: d, kept: k, keptAsTyped: kept.replace(/[\s,.!…-]+$/, '').trim() } : null;
}
