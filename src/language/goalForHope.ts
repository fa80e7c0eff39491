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
/** "i want to do the bus outcome. i said that before": that hope's goal, with a pointer back at most. */
const DO_THE_GOAL = new RegExp(`^${LEAD}(?:do|make|start|add|write|set|have)\\s+(?:the|my)\\s+(.+?)\\s+${GOAL}(?:\\s+(?:now|next|too|please|pls))*(?:\\s+(?:i\\s+(?:said|told\\s+(?:you|u))(?:\\s+(?:that|it|this))?(?:\\s+(?:before|already|earlier))?|like\\s+i\\s+said))?$`);
/** "the bus one needs a goal", "walk buster has no goal". */
const NEEDS_GOAL = new RegExp(`^(.+?)\\s+(?:needs|need|has\\s+no|hasnt\\s+got|doesnt\\s+have|dont\\s+have|has\\s+not\\s+got|should\\s+have|wants)\\s+(?:a|an|any|one|its\\s+own)?\\s*${GOAL}(?:\\s+(?:too|as\\s+well|yet|please|pls))*$`);
/** "walk buster is on there twice", "the bus one is in two times", "theres two walk buster ones". */
const TWICE = /^(.+?)\s+(?:is|s|are|appears|comes\s+up|shows|shows\s+up)\s+(?:(?:on|in|up)\s+)?(?:(?:there|here|it|the\s+list|my\s+plan|the\s+plan)\s+)?(?:twice|two\s+times|2\s+times|double|2x|x2)\b/;
const TWO_OF = /^(?:(?:there\s+(?:is|are)|theres|i\s+have|ive\s+got)\s+(?:two|2)\s+(.+?)(?:\s+ones?|\s+hopes?)?|(?:two|2)\s+(.+?)\s+(?:ones|hopes))(?:\s+on\s+(?:there|here|it))?$/;

/** "the walk buster one" names "walk buster". */
function named(words: string): string {
  // "the money one pls": the asking words after the pointer go first.
  return words.replace(/^(?:the|my|that|this|his|her)\s+/, '').replace(/\s+(?:please|pls|now|too)$/, '').replace(/\s+(?:one|ones|hope|bit|thing)$/, '').replace(/\s+(?:please|pls|now|too)$/, '').trim();
}

/** "can we do one for the money one": "one" is a goal only when what it is for points at a hope ("the X one"). */
const ONE_FOR = new RegExp(`^${LEAD}(?:do|make|add|write|set|start)\\s+(?:another\\s+|a\\s+new\\s+)?(?:one|1)\\s+(?:for|about)\\s+((?:the|my)\\s+.+?\\s+(?:one|hope|thing|bit))$`);
const POINTER = /^(?:it|that|this|me|him|her|them)$/;

/** "the money one and the flat one": each hope named, in the order said. */
function namesIn(words: string): string[] {
  return words.split(/\s+(?:and|an|n|then|plus|also)\s+(?=(?:the|my|that)\s)/).map(named).filter((h) => h !== '' && !POINTER.test(h));
}

/**
 * The words naming each hope outcomes are asked for, in order ("i want to do outcomes for the money
 * one and the flat one"); empty when the message asks for none. Each sentence is read on its own, so
 * a remark before the request ("wait i thought that meant another one for the IT thing.") is no part of it.
 */
export function readGoalsFor(text: string): string[] {
  for (const sentence of text.split(/[.!?\n]+/)) {
    const said = plain(sentence);
    const found = GOAL_FOR.exec(said) ?? NEEDS_GOAL.exec(said) ?? DO_THE_GOAL.exec(said) ?? ONE_FOR.exec(said);
    const hopes = found ? namesIn(found[1]!) : [];
    if (hopes.length > 0) return hopes;
  }
  return [];
}

/** The words naming the (first) hope an outcome is asked for, or null when the message asks for none. */
export function readGoalFor(text: string): string | null {
  return readGoalsFor(text)[0] ?? null;
}

/** "remove one", "can you delete one of them": said after "X is there twice", the copy is what goes. */
const ONE_GOES = /^(?:(?:so|and|pls|please|can|could|you|u|just)\s+)*(?:remove|delete|take\s+out|get\s+rid\s+of|rid|lose|drop)\s+(?:one|1|the\s+other|one\s+of\s+them|the\s+copy|it)(?:\s+(?:out|please|pls|then))*$/;

/** The whole message says something is there twice, with at most "remove one" after it: one request, never two. */
export function saysTwiceOnly(text: string): boolean {
  const found = TWICE.exec(plain(text));
  if (!found || !readTwice(text)) return false;
  const rest = plain(text).slice(found[0].length).trim();
  return rest === '' || ONE_GOES.test(rest);
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

/** A part of the plan, pointed at: "the friends one", "the one about friends", "my swimming hope". */
const POINTED = /^(?:(?:the|my|that|his|her|their|a)\s+)?(?:(?:one|ones|bit|hope|dream|goal|outcome|thing)\s+(?:about|for|on|with)\s+(?:the\s+|my\s+)?.+|.+?\s+(?:one|ones|hope|hopes|dream|goal|goals|outcome|bit|thing))$/;
/** "you missed the friend one", "u forgot about my swimming hope", "you left out the bus one". */
const LEFT_OUT = /^(?:(?:but|and|oh|um|erm|hey|wait|so|hmm|hang on|ummm|also)\s+)*(?:you|u|youve|uve|you have|it|the plan|my plan)\s+(?:missed|missed out|forgot|forgotten|left out|left|lost|dropped|skipped|didnt (?:put|add|include|keep)|havent (?:put|added|included|kept)|never (?:put|added|included|kept))\s+(?:out\s+)?(?:about\s+)?(.+?)(?:\s+(?:out|off|in|on|there))?(?:\s+(?:too|as well|again|please|pls))*$/;
/** "where's the one about friends", "what happened to the friends one", "where did my swimming hope go". */
const WHERE = /^(?:(?:but|and|oh|um|erm|hey|wait|so|hmm|also)\s+)*(?:where did|where has|where have|where is|where are|wheres|whats happened to|what happened to|wots happened to|wot happened to|where)\s+(.+?)(?:\s+(?:gone|go|went|got to|ended up))?(?:\s+(?:then|now|pls|please))*$/;
/** "the friends one is missing", "my swimming hope isnt there", "there's no friends one", "i cant see the bus one". */
const NOT_THERE = /^(.+?)\s+(?:is|s|are|has|have|has been)\s+(?:gone\s+)?(?:missing|not there|not on there|not in it|not in (?:the|my) plan|gone|disappeared|vanished|lost)$|^(?:(?:but|and|oh|um|hey|wait|so)\s+)*(?:there is no|theres no|there isnt a|there isnt an|there isnt any|i cant see|i cant find|i dont see|i can not see|cant see|cant find|dont see|i cannot see|i cannot find)\s+(.+?)(?:\s+(?:anywhere|there|on there|in it|in (?:the|my) plan))?$/;

/** "the shared house is the second one", "the other hope was living with my friends": a hope pointed at by its place among those said. */
const COUNTED =
  /^(?:(?:and|but|so|no)\s+)*(?:(.+?)\s+(?:is|was|s)\s+(?:the|my|a)\s+(?:second|2nd|third|3rd|other|next|last|another|separate|different)\s+(?:one|hope|dream|thing|wish)|(?:the|my)\s+(?:second|2nd|third|3rd|other|next|last)\s+(?:one|hope|dream|thing|wish)\s+(?:is|was|s)\s+(?:about\s+|to\s+)?(.+?))$/;

/** "wrong", "not right", "spelt wrong": what is said of a part to change, never what a hope is about. */
const SAID_WRONG = /^(?:wrong|rong|not\s+(?:right|correct|true)|incorrect|rubbish|a\s+mistake|weird|spelt\s+wrong|missing)\b/;

/** "the one about friends" names "friends"; "the friend one" names "friend". */
function pointedAt(words: string): string {
  return named(words.replace(/^(?:the|my|that|his|her|their|a)\s+/, '').replace(/^(?:one|ones|bit|hope|dream|goal|outcome|thing)\s+(?:about|for|on|with)\s+/, ''))
    .replace(/\s+(?:hopes|dream|goal|goals|outcome)$/, '')
    .trim();
}

/**
 * The words naming a part of the plan the person says is missing ("you missed the friend one",
 * "where's the one about friends"), or null. "You forgot" may name anything; the other ways count
 * only when they point at a part of the plan ("the ... one", "the one about ..."), so "i cant see
 * my friends" is never read as a missing hope. With countedAsHope, "the other one is ..." counts
 * only when it says hope ("the other hope was ..."), as at a later question it is an answer.
 */
export function readMissing(text: string, opts: { countedAsHope?: boolean } = {}): string | null {
  // "I said two. The shared house is the second one.": the hope counted is named in a sentence of its own.
  const counted = text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => COUNTED.exec(plain(sentence)))
    // At a later question "the other thing is noise" answers it; only "the other hope was ..." asks after a hope.
    .find((m) => m && (!opts.countedAsHope || /\b(?:hope|dream|wish)\b/.test(m[0])));
  const hope = counted ? named(counted[1] ?? counted[2] ?? '') : '';
  // "the last hope is wrong, can you change it": said to be wrong, never a hope named.
  if (hope && !/^(?:it|that|this|one|something)$/.test(hope) && !SAID_WRONG.test(hope)) return hope;
  const said = plain(text);
  const left = LEFT_OUT.exec(said);
  const pointed = left ? left[1]! : (WHERE.exec(said)?.[1] ?? (() => { const m = NOT_THERE.exec(said); return m ? (m[1] ?? m[2] ?? '') : ''; })());
  if (!pointed || (!left && !POINTED.test(pointed))) return null;
  const thing = pointedAt(pointed);
  return thing && !/^(?:it|that|this|me|him|her|them|one|something|some|stuff|things?|bits?)$/.test(thing) ? thing : null;
}
