/*
 * At the review, an outcome that belongs to another hope: "can it go under happy and friend
 * hope?", "move the swimming one to the friends hope", "the bus one is for my college hope".
 * Only the words are read here: which outcome (`target`, '' for "it") and which hope (`hope`).
 */

export interface OutcomeToHope {
  target: string;
  /** The hope it goes to; '' when it is left open. */
  hope: string;
  /** "so its not under the independant hope": the hope it must leave, when named. */
  away?: string;
}

const HOPE = '(?:hopes?|dreams?|wish(?:es)?|goals?|aspirations?|ambitions?)';
const LEAD = '(?:(?:can|could|may|pls|please|i|id|we|would|like|want|wanna|to|just|also|oh|actually|um|so|you|u|let|me|need|and|ok|okay)\\s+)*';
const INTO = '(?:under|to|into|in|with|onto|on|over\\s+to|for|towards|as\\s+part\\s+of)';
const OWNER = '(?:(?:the|my|his|her|their|our|that|this)\\s+)?(?:other\\s+|another\\s+|different\\s+)?';
/** The hope it is not for may follow: "is for my money dream not the holiday". */
const OLD_AFTER = '(?:\\s*,?\\s+(?:not|instead\\s+of|rather\\s+than)\\s+(?:the\\s+|my\\s+)?(.+?))?';
const TAIL = `\\s+${HOPE}${OLD_AFTER}(?:\\s+(?:instead|please|pls|too|then|one))*$`;

/** "move the swimming one to the friends hope", "put it under my happy hope". */
const MOVE = new RegExp(`^${LEAD}(?:put|move|shift|switch|link|change|stick|take)\\s+(.+?)\\s+(?:over\\s+|across\\s+)?${INTO}\\s+${OWNER}(.+?)${TAIL}`, 'i');
/** "can it go under happy and friend hope", "the bus one belongs with my college dream", "it is for the friends hope". */
const GOES = new RegExp(`^${LEAD}(.+?)\\s+(?:go|goes|belong|belongs|be|fit|fits|sit|sits|is|s|should\\s+(?:go|be)|can\\s+go|could\\s+go|needs\\s+to\\s+go|is\\s+really|is\\s+actually|is\\s+meant\\s+to\\s+be)\\s+(?:more\\s+)?${INTO}\\s+${OWNER}(.+?)${TAIL}`, 'i');

/**
 * "shopping goes with money not holiday": no word for hope, but the hope it is not for is named,
 * so both are hopes and the first words name the outcome.
 */
const GOES_NOT = new RegExp(
  `^${LEAD}(.+?)\\s+(?:go|goes|belongs?|fits?|should\\s+(?:go|be)|can\\s+go|needs\\s+to\\s+go)\\s+(?:more\\s+)?(?:with|under|for|in|into|to)\\s+${OWNER}(.+?)(?:\\s+${HOPE})?\\s*,?\\s+(?:not|instead\\s+of|rather\\s+than)\\s+(?:with\\s+|under\\s+|in\\s+)?${OWNER}(.+?)(?:\\s+${HOPE})?(?:\\s+(?:instead|please|pls|too|then|one))*$`,
  'i',
);

/*
 * Without "hope" at the end, only an outcome named as one ("the friend outcome", "the stretches
 * one", "it") moves, so "put reading under health" stays a move between sections. The hope may be
 * named first ("go with the hope having a friend") and the old one after ("not the trains job").
 */
const OUTCOME_NAMED = '(it|that|this|that\\s+one|this\\s+one|(?:the|my|his|her|their)\\s+(?:\\w+\\s+){0,5}?(?:outcome|one|goal))';
const HOPE_FIRST = `(?:${HOPE}\\s+(?:about\\s+|called\\s+|of\\s+|that\\s+says\\s+)?)?`;
const NOT_THE_OLD = `(?:\\s*,?\\s+(?:not|instead\\s+of|rather\\s+than)\\s+(?:the\\s+)?(.+?))?`;
const END = `(?:\\s+${HOPE})?${NOT_THE_OLD}(?:\\s+(?:instead|please|pls|too|then))*$`;
const MOVE_NAMED = new RegExp(`^${LEAD}(?:put|move|shift|switch|stick|take)\\s+${OUTCOME_NAMED}\\s+(?:over\\s+|across\\s+)?${INTO}\\s+${OWNER}${HOPE_FIRST}(.+?)${END}`, 'i');
const GOES_NAMED = new RegExp(
  `^${LEAD}${OUTCOME_NAMED}\\s+(?:to\\s+)?(?:go|goes|belongs?|should\\s+(?:go|be)|can\\s+go|could\\s+go|needs\\s+to\\s+go|is\\s+meant\\s+to\\s+(?:go|be))\\s+(?:more\\s+)?${INTO}\\s+${OWNER}${HOPE_FIRST}(.+?)${END}`,
  'i',
);
/** The parts of a plan that are not hopes: "put it under health" moves between sections. */
const NOT_A_HOPE = /^(?:health|education|social\s+care|care|school|learning|work|home|about\s+me|needs?|help|provision|support|the\s+(?:hard|help)\s+(?:things|bit)|hard\s+things)$/i;

/** Words that only point at an outcome ("it", "that one"), not name it. */
const POINTER = /^(?:it|that|this|this\s+one|that\s+one|the\s+one|one|thats|this\s+bit|that\s+bit|this\s+goal|that\s+goal|this\s+outcome|that\s+outcome)$/i;

/** "the course hope doesnt have an outcome because the assignments one is for it": the hope named first, then the outcome. */
const HOPE_WITHOUT = new RegExp(
  `^${LEAD}(?:the|my|his|her|their)\\s+(.+?)\\s+${HOPE}\\s+(?:doesnt|doesn't|does\\s+not|dont|don't|hasnt|hasn't|has\\s+not|has\\s+no|has\\s+got\\s+no|got\\s+no)\\s+(?:have\\s+|got\\s+)?(?:an?\\s+|any\\s+)?(?:outcomes?|goals?|steps?)(?:\\s+yet)?[\\s,]+(?:because|cos|coz|cause|as|but|and)\\s+((?:the|my)\\s+.+?)\\s+(?:is|s|was)\\s+(?:really\\s+|actually\\s+|meant\\s+to\\s+be\\s+)?(?:for|about|meant\\s+for|part\\s+of)\\s+(?:it|that|that\\s+one|this|that\\s+hope|it\\s+really)\\b.*$`,
  'i',
);

/**
 * "can u move the reading outcome so its not under the independant hope", "take the bus one away
 * from the college hope": the hope named is the one it must leave, so which hope it goes to is open.
 */
const AWAY = new RegExp(
  `^${LEAD}(?:put|move|shift|switch|take|change|get)\\s+(.+?)\\s+(?:(?:so|so\\s+that)\\s+(?:its|it\\s+s|it\\s+is|it\\s+isnt|it\\s+isn\\s+t|it)\\s+(?:not\\s+|no\\s+longer\\s+)?|(?:away\\s+from|out\\s+of|off)\\s+)(?:under|with|for|in|on|about|part\\s+of|from)?\\s*${OWNER}(.+?)(?:\\s+${HOPE})?(?:\\s+(?:anymore|any\\s+more|please|pls))*$`,
  'i',
);

/** The outcome and the hope named, or null when the message is no such move. */
export function readOutcomeToHope(said: string): OutcomeToHope | null {
  const whole = readOne(said);
  if (whole) return whole;
  // "words r fine. just put it under be a mechanic not money": the move is said after an okay to the words.
  const after = WORDS_OKAY.exec(said);
  return after ? readOne(said.slice(after[0].length)) : null;
}

/** "words r fine.", "the wording is ok,": the words are kept, before a move is asked. */
const WORDS_OKAY = /^(?:(?:yes|yeah|yh|ok|okay|no|nah|so)[\s,]+)*(?:the\s+)?(?:words?|wording)\s+(?:r|are|is|s)\s+(?:fine|ok|okay|good|right|alright)[\s,.;!]+/i;

function readOne(said: string): OutcomeToHope | null {
  const away = AWAY.exec(said);
  if (away) return { target: POINTER.test(away[1]!.trim()) ? '' : away[1]!.trim(), hope: '', away: away[2]!.trim() };
  const without = HOPE_WITHOUT.exec(said);
  if (without) return { target: without[2]!.trim(), hope: without[1]!.trim() };
  const m = MOVE.exec(said) ?? GOES.exec(said) ?? namedMove(said) ?? goesNot(said);
  if (!m) return null;
  const target = m[1]!.replace(/^(?:(?:so|and|but|oh|ok|okay|um|actually|no|nah|yeah|yes|also|wait)\s+)+/i, '').trim();
  const hope = m[2]!.trim();
  // "put it under hopes" names no hope: a part moved to the hopes, read elsewhere.
  if (!hope || /^(?:the|my|his|her|their|other|another|different|a|an)$/i.test(hope)) return null;
  // "put it under be a mechanic not money": "it" is the outcome of the hope named after "not".
  const old = m[3]?.replace(/\s+(?:one|hope|dream|goal)$/i, '').replace(/[\s.!]+$/, '').trim();
  return { target: POINTER.test(target) ? (old ?? '') : target, hope };
}

/** "shopping goes with money not holiday", where neither hope is a part of the plan. */
function goesNot(said: string): RegExpExecArray | null {
  const m = GOES_NOT.exec(said);
  return m && !NOT_A_HOPE.test(m[2]!.trim()) && !NOT_A_HOPE.test(m[3]!.trim()) ? m : null;
}

/** "the friend outcome should be under having a friend not the trains job", "i want it to go with the hope having a friend". */
function namedMove(said: string): RegExpExecArray | null {
  const m = MOVE_NAMED.exec(said) ?? GOES_NAMED.exec(said);
  // "put the lego one under hopes" names no hope.
  return m && !NOT_A_HOPE.test(m[2]!.trim()) && !new RegExp(`^${HOPE}$`, 'i').test(m[2]!.trim()) ? m : null;
}

/** Somewhere not named: "somewhere else", "to another hope", "to a different part". */
const ELSEWHERE = `(?:\\s+(?:somewhere\\s+else|elsewhere|(?:to|under|into|in)\\s+(?:an?other|a\\s+different|the\\s+other|the\\s+right)\\s+(?:${HOPE}|place|part|section|bit|one)))?`;
const MOVE_END = '(?:\\s+(?:please|pls|plz|then|now|thanks|for\\s+me))*$';
/** "move it", "can you move the swimming one", "i want to move something", "can the bus goal be moved". */
const MOVE_ONLY = new RegExp(`^${LEAD}(?:move|shift)\\s+(.+?)${ELSEWHERE}${MOVE_END}`, 'i');
const MOVED = new RegExp(`^${LEAD}(.+?)\\s+(?:be|get|gets|needs\\s+to\\s+be|should\\s+be)\\s+moved${ELSEWHERE}${MOVE_END}`, 'i');
/** What the move is about: "it", "the swimming one", "something"; never a place ("move house", "move to a flat", "move up a year"). */
const ITEM = /^(?:(?:the|my|his|her|their|this|that)\s+(?:[a-z'-]+\s+){0,3}(?:one|goal|outcome|bit|thing|hope|dream|part)|it|that|this|this\s+one|that\s+one)$/i;
const ANYTHING = /^(?:something|some\s+things?|a\s+(?:goal|outcome|bit|thing|part)|one\s+of\s+(?:the|my)\s+(?:goals|outcomes|bits|things))$/i;

/**
 * "move it", "can you move the swimming one": a move with nowhere said. Where it should go is asked
 * (which hope, for an outcome); it is never read as a new order of the goals. '' for "it" or "something".
 */
export function moveWithoutPlace(said: string): OutcomeToHope | null {
  const m = MOVE_ONLY.exec(said) ?? MOVED.exec(said);
  const target = m?.[1]?.trim();
  if (!target || !(ITEM.test(target) || ANYTHING.test(target))) return null;
  return { target: POINTER.test(target) || ANYTHING.test(target) ? '' : target, hope: '' };
}
