/*
 * At the review, about a hope already there: "can i do a goal for buster", "no. a goal for the
 * walk buster one", "the bus one needs a goal" ask for an outcome for that hope; "walk buster is
 * on there twice" says a hope is there two times. Only what is asked is read here; which hope is
 * meant is the dialog's to find.
 */

const plain = (text: string): string =>
  text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();

const LEAD = '(?:(?:no|nah|so|ok|okay|and|also|um|oh|actually|please|pls|can|could|may|i|id|we|want|wanna|would|like|to|lets|let|me|us|just|need|now)\\s+)*';
const GOAL = '(?:goals?|outcomes?|targets?)';
/** "can i do a goal for buster", "make an outcome about the bus", "a goal for the walk buster one". */
const GOAL_FOR = new RegExp(`^${LEAD}(?:(?:do|make|add|set|have|write|get|put|start)\\s+)?(?:a|an|another|one|the|my|some)?\\s*(?:new\\s+)?${GOAL}\\s+(?:for|about|on|with|towards|to\\s+do\\s+with)\\s+(.+)$`);
/** "the bus one needs a goal", "walk buster has no goal". */
const NEEDS_GOAL = new RegExp(`^(.+?)\\s+(?:needs|need|has\\s+no|hasnt\\s+got|doesnt\\s+have|dont\\s+have|has\\s+not\\s+got|should\\s+have|wants)\\s+(?:a|an|any|one|its\\s+own)?\\s*${GOAL}(?:\\s+(?:too|as\\s+well|yet|please|pls))*$`);
/** "walk buster is on there twice", "the bus one is in two times", "theres two walk buster ones". */
const TWICE = /^(.+?)\s+(?:is|s|are|appears|comes\s+up|shows|shows\s+up)\s+(?:(?:on|in|up)\s+)?(?:(?:there|here|it|the\s+list|my\s+plan|the\s+plan)\s+)?(?:twice|two\s+times|2\s+times|double|2x|x2)\b/;
const TWO_OF = /^(?:(?:there\s+(?:is|are)|theres|i\s+have|ive\s+got)\s+(?:two|2)\s+(.+?)(?:\s+ones?|\s+hopes?)?|(?:two|2)\s+(.+?)\s+(?:ones|hopes))(?:\s+on\s+(?:there|here|it))?$/;

/** "the walk buster one" names "walk buster". */
function named(words: string): string {
  return words.replace(/^(?:the|my|that|this|his|her)\s+/, '').replace(/\s+(?:one|ones|hope|bit|thing)$/, '').replace(/\s+(?:please|pls|now|too)$/, '').trim();
}

/** The words naming the hope an outcome is asked for, or null when the message asks for none. */
export function readGoalFor(text: string): string | null {
  const said = plain(text);
  const found = GOAL_FOR.exec(said) ?? NEEDS_GOAL.exec(said);
  const hope = found ? named(found[1]!) : '';
  return hope && !/^(?:it|that|this|me|him|her|them)$/.test(hope) ? hope : null;
}

/** The words naming a hope said to be there twice, or null. */
export function readTwice(text: string): string | null {
  const said = plain(text);
  const found = TWICE.exec(said) ?? (/\b(?:two|2)\b/.test(said) ? TWO_OF.exec(said) : null);
  const hope = found ? named((found[1] ?? found[2] ?? '').replace(/^(?:no|so|um|oh|and|but)\s+/, '')) : '';
  return hope && !/^(?:it|that|this)$/.test(hope) ? hope : null;
}

/** What "join them into one: X" asks: which hopes (words naming them, '' for "them"), and the one hope's new words, if given. */
export interface JoinHopes {
  /** Words naming both hopes ("train"), or one set for each ("trains job", "train driver"); none for "them". */
  words: string[];
  to: string;
}

/** "the two train hopes are the same", "these two are the same thing". */
const SAME = /^(?:the|these|those|my|his|her)\s+(?:two|2|both)\s+(.*?)\s*(?:hopes?|dreams?|ones)?\s+(?:are|r)\s+(?:(?:just|really|basically|actually)\s+)?(?:the\s+)?same(?:\s+(?:thing|hope|one))?$/;
/**
 * "can you join them into one: X", "merge the two train hopes", "put them together as X". Two things
 * named with "and" are hopes to join only with "together", "into one" or "hopes" said: "put her jumper
 * and shoes on by herself" and "join the football and drama clubs" are steps and hopes.
 */
const JOIN = /^(?:(?:can|could|will|would|please|pls)\s+(?:you|u)\s+)?(?:(?:just|please|pls)\s+)?(?:join|merge|combine|put)\s+(them|these|those|(?:the|my|his|her)\s+(?:two|2|both)\s+.*?(?:hopes?|dreams?|ones)|.+?\s+and\s+.+?(?=\s+(?:together|into|in\s+one|as\s+one))|.+?\s+and\s+.+?\s+(?:hopes?|dreams?|ones)(?=\s+(?:together|up|into|in\s+one|as\s+one)|\s*$))(?:\s+(?:together|up))?(?:\s+(?:into|in|as)\s+(?:one|a\s+single|1)(?:\s+hope)?)?(?:\s+(?:please|pls))?(?:\s*(?:to|as|like|so\s+it\s+says|saying)?\s*:?\s*(.*))?$/;

/** The hopes to join and the new words, or null when the message asks for no such thing. Read sentence by sentence, on the words as typed. */
export function readJoinHopes(text: string): JoinHopes | null {
  let words: string[] | null = null;
  let asked = false;
  for (const sentence of text.split(/(?<=[.!?;,])\s+/)) {
    const said = plain(sentence.replace(/:\s*.*$/s, ''));
    const same = SAME.exec(said);
    if (same) words = [named(same[1] ?? '')].filter(Boolean);
    const join = JOIN.exec(said);
    if (join) {
      asked = true;
      const both = join[1]!.replace(/\s+(?:hopes?|dreams?|ones)$/, '');
      if (/^(?:the|my|his|her)\s+(?:two|2|both)\b/.test(both)) words = [named(both.replace(/^(?:the|my|his|her)\s+(?:two|2|both)\s*/, ''))].filter(Boolean);
      else if (!/^(?:them|these|those)$/.test(both)) words = both.split(/\s+and\s+/).map(named).filter(Boolean);
    }
  }
  if (!asked && words === null) return null;
  // The new words as typed, after a colon ("into one: to have a job on the railway, like ...").
  const colon = asked ? text.indexOf(':') : -1;
  return { words: words ?? [], to: colon >= 0 ? text.slice(colon + 1).trim() : '' };
}
