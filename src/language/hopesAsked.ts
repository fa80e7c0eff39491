import { readHopeCorrection } from './hopeCorrection';
import { clausesOf, normaliseMessage } from './text';
import { withOneSpelt } from './oneSpelt';
import { startsAHope } from './splitHopes';

/*
 * Commands about the hopes kept so far, typed at the hopes or needs questions: "what hopes have you
 * kept. list them" asks to see them; "delete both of those hopes. they are wrong", "4 of my hopes
 * are wrong", "they are things i typed to you not hopes" say some are wrong without saying which.
 * Never a hope or a need: the hopes are listed, and the person is asked which to take out.
 */

export type HopesAsked = 'list' | 'whichOut' | 'whichChange';

const HOPES = '(?:hopes?|dreams?|ones?|things?)';
const THEM = '(?:both|all|some|most|them|those|these|they|the lot|everything)';

/** "what hopes have you kept", "list them", "show me my hopes", "what have you kept so far". */
const LIST = new RegExp(
  `^(?:what|which|wat|wot)\\s+${HOPES}\\s+(?:have|did|do)\\s+(?:you|u)\\s+(?:got\\s+|already\\s+)?(?:kept|keep|got|get|saved|save|put|have|written|wrote)(?:\\s+(?:down|so far|now|for me|for him|for her|there|in there))*$` +
    `|^(?:(?:can|could)\\s+(?:you|u)\\s+)?(?:list|show|tell)\\s+(?:me\\s+)?(?:them|${THEM}|(?:all\\s+)?(?:my|the)\\s+${HOPES}|what\\s+(?:you|u)\\s+(?:kept|have|got))(?:\\s+(?:please|pls|again|now))*$` +
    // "can you tell me what hopes youve got down", "show me which dreams you have saved"
    `|^(?:(?:can|could|will|would)\\s+(?:you|u)\\s+)?(?:(?:please|pls)\\s+)?(?:(?:tell|show|give|read|remind)\\s+(?:me|us)\\s+)?(?:what|which|wat|wot)\\s+${HOPES}\\s+(?:you|u)\\s*(?:ve|have|got|ave)?\\s+(?:got\\s+|already\\s+)?(?:kept|got|saved|put|written|wrote|have|typed)(?:\\s+(?:down|so far|now|for me|for him|for her|there|in there))*(?:\\s+(?:please|pls))*$` +
    `|^(?:what|wat|wot)\\s+(?:have|did)\\s+(?:you|u)\\s+(?:got\\s+)?(?:kept|keep|saved|save|got)(?:\\s+(?:so far|now|for me|down))*$` +
    // "what hopes have i got now", "which dreams do i have left", "what hopes are left"
    `|^(?:what|which|wat|wot)\\s+${HOPES}\\s+(?:have|hav|av|ave|do|did|ve)\\s+i\\s+(?:got|get|have|left|kept|said|put)(?:\\s+(?:now|left|so far|then|in there|there))*$` +
    `|^(?:what|which|wat|wot)\\s+${HOPES}\\s+(?:are|r|is)\\s+(?:left|there|kept|saved|in|still there|in there|still in)(?:\\s+(?:now|then|there))*$` +
    // "where have the other hopes gone?", "where did my hopes go", "where are the rest of my dreams"
    `|^(?:where|wheres|where s)\\s+(?:have|has|did|are|r|is|do)?\\s*(?:all\\s+)?(?:the\\s+rest\\s+of\\s+)?(?:my|the|me|those|these|them|his|her)?\\s*(?:other\\s+|old\\s+|first\\s+|last\\s+)?${HOPES}(?:\\s+(?:gone|go|went|now|then|to|i said|i put|i typed|gone to))*$`,
);

/** "delete all the hopes", "remove them all": the hopes listed and which asked. Never "delete both of them": the two things just kept (editRequest.ts). */
const DELETE_MANY = new RegExp(
  `^(?:(?:please|pls|can you|can u|just)\\s+)*(?:delete|remove|take out|get rid of|scrap|bin|clear|wipe)\\s+(?!both(?:\\s+of)?(?:\\s+(?:them|those|these))?(?:\\s+(?:please|pls|now))*$)(?:${THEM})(?:\\s+of)?(?:\\s+(?:my|the|those|these|them|that))?(?:\\s+${HOPES})?(?:\\s+(?:please|pls|now))*$` +
    `|^(?:(?:please|pls|can you|can u|just)\\s+)*(?:take|get)\\s+(?:them|those|these)\\s+(?:all\\s+)?out$`,
);

/** "4 of my hopes are wrong", "some of them are not real", "none of them are real". */
const SOME_WRONG = new RegExp(
  `^(?:\\d+|one|two|three|four|five|six|some|all|most|both|lots|many|a few|none|half)\\s+of\\s+(?:my|the|those|these|them|your)(?:\\s+${HOPES})?\\s+(?:are|were|is|arent|are not)\\s+(?:wrong|not right|not real|real|true|not true|mistakes|rubbish|not mine|not hopes|hopes)$`,
);

/** "they are things i typed to you not hopes", "those are not hopes", "they are wrong", "wait what thats not a hope lol". */
const NOT_HOPES =
  /^(?:(?:wait|what|wat|hang on|hold on|um+|erm+|eh|huh|oh|no|nah|but|hey)\s+)*(?:thats|that s|that is|that was|this is|its|it s|it is|it was)\s+(?:not|isnt|wasnt|never)\s+(?:even\s+)?(?:a|an|my|his|her)\s+(?:hope|dream|wish)(?:\s+(?:lol|haha|tho|though|at all|mate|tbh|omg))*$|^(?:they|those|these|them|that|all of them|both of them)\s+(?:are|were|re|is|was)\s+(?:just\s+)?(?:(?:not|arent|never)\s+(?:my\s+)?(?:hopes|dreams|real)|things\s+i\s+(?:typed|said|wrote|put|asked)\b.*\bnot\s+(?:hopes|dreams)|wrong|all wrong|not right|mistakes)$/;

/** "no thats wrong", "hang on thats not right": what was kept is said to be wrong, before why. */
const WRONG_LEAD =
  /^(?:(?:no|nah|nope|hang on|hold on|wait|um+|erm+|oh|sorry|ok|but|actually)\s+)*(?:thats|that s|that is|its|it s|this is|they are|theyre|you are|youre|ur)\s+(?:all\s+)?(?:wrong|not right|not what i (?:said|meant)|mixed up)\b/;
/** What the explanation after it points at: a kept hope by its words or place, or how it was cut. */
const POINTS_AT_KEPT =
  /\b(?:the\s+(?:[a-z]+\s+){0,2}one|first|second|third|last|hopes?|separate|seperate|seperated|separated|two things|2 things|one thing|same thing|split|together|apart)\b/;
/** "you wrote my hopes wrong", "u put it in wrong", "you got the bus one wrong", "you split it wrong". */
const YOU_WROTE_WRONG =
  /\b(?:you|u|ya)\s+(?:have\s+|ve\s+)?(?:wrote|written|write|put|typed|got|done|did|split|made|kept|saved)\s+(?:[a-z]+\s+){0,4}(?:wrong|wrongly|incorrect|incorrectly|in the wrong|muddled|muddled up|mixed up|jumbled|jumbled up|in a muddle)\b/;
/** "can you fix it", "please sort that out", "could u change them": asked to put what was kept right. */
const FIX_IT = /\b(?:can|could|will|would|pls|please)\s+(?:you|u)?\s*(?:fix|sort|correct|change|redo)\s+(?:it|that|them|this|those|these|my hopes|the hopes)\b/;

/**
 * "no thats wrong the bus one is seperate from college", "hang on you wrote my hopes wrong... can
 * you fix it": a complaint about what was written, with no new words to keep. Never a hope.
 */
function complainsOfWhatWasWritten(text: string): boolean {
  const said = normaliseMessage(text);
  // "thats wrong, the first one should be be a mechanic": the new words are given, and that reading puts it right.
  if (readHopeCorrection(text)?.text) return false;
  if (YOU_WROTE_WRONG.test(said)) return true;
  const lead = WRONG_LEAD.exec(said);
  if (lead) {
    const rest = said.slice(lead[0].length);
    // "that's wrong" alone takes back what was just kept; here it says why, about what was kept.
    return POINTS_AT_KEPT.test(rest) || FIX_IT.test(rest);
  }
  return FIX_IT.test(said) && /\b(?:wrong|not right|mistake|mixed up)\b/.test(said);
}

function saidSentences(text: string): string[] {
  return clausesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
}

/** "Please may I write the hopes again?", "can we go back to the hopes please": asked to put the hopes right, never a need. */
const REDO_HOPES =
  /^(?:(?:please|pls|sorry|ok|okay|so|um+|erm+)\s+)*(?:(?:may|can|could)\s+(?:i|we)\s+(?:please\s+)?|(?:i|we)\s+(?:want|would\s+like|d\s+like|need|should\s+like)\s+to\s+|id\s+like\s+to\s+|let\s+(?:me|us)\s+)(?:(?:write|say|do|type|put|give|tell\s+you)\s+(?:the|my|her|his|their|our)\s+(?:hopes?|dreams?)\s+again|(?:go|come|get)\s+back\s+to\s+(?:the|my|her|his|their|our)\s+(?:hopes?|dreams?)|(?:change|redo|fix|correct|sort\s+out|put\s+right)\s+(?:the|my|her|his|their|our)\s+(?:hopes?|dreams?))(?:\s+(?:please|pls|again|now|then))*$/;

/** "ok so what hopes have you got for me so far": thinking aloud before the question. */
const LIST_LEAD = /^(?:(?:ok|okay|so|right|well|um+|erm+|and|hang on|wait|oh)\s+)+/;

/** What the message asks about the hopes kept; null when it is something else (a hope, a need). */
export function readHopesAsked(text: string): HopesAsked | null {
  if (text.length <= 300 && complainsOfWhatWasWritten(text)) return 'whichChange';
  if (text.length > 160) return null;
  const sentences = saidSentences(text);
  if (!sentences.length || sentences.length > 3) return null;
  let asked: HopesAsked | null = null;
  for (const said of sentences) {
    if (REDO_HOPES.test(said)) asked = 'whichChange';
    else if (DELETE_MANY.test(said) || SOME_WRONG.test(said)) asked = 'whichOut';
    else if (NOT_HOPES.test(said)) asked = asked === 'list' ? 'whichOut' : (asked ?? 'whichOut');
    else if (LIST.test(said.replace(LIST_LEAD, ''))) asked = asked ?? 'list';
    else return null;
  }
  return asked;
}

/**
 * "Did you write down my hope about the bus?", "have u saved the bus one", "is my hope about the bus
 * saved": whether one hope was kept, named by its words. The words named; null when not asked.
 */
const ONE_KEPT = [
  /^(?:did|have|has)\s+(?:you|u)\s+(?:got\s+)?(?:write|wrote|written|put|save|saved|keep|kept|get|got|add|added|record|recorded|remember|remembered)(?:\s+down)?\s+(?:my|the|his|her)\s+(?:hope|dream|wish)\s+(?:about|of|for|to)\s+(?<about>.{2,40}?)(?:\s+(?:down|in|yet|then|tho|though|too))*$/,
  /^(?:did|have|has)\s+(?:you|u)\s+(?:got\s+)?(?:write|wrote|written|put|save|saved|keep|kept|get|got|add|added|record|recorded|remember|remembered)(?:\s+down)?\s+(?:my|the|his|her)\s+(?<about>[a-z0-9 ]{2,30}?)\s+(?:hope|dream|one)(?:\s+(?:down|in|yet|then|tho|though|too|as\s+well))*$/,
  // "wheres the bus one and the cooking one gone?": where one hope (or two) went.
  /^(?:where|wheres|where s)\s+(?:is|has|have|are|did|s)?\s*(?:my|the|his|her)\s+(?<about>[a-z0-9 ]{2,60}?)\s+(?:hope|dream|one)s?\s+(?:gone|go|went|gone to)(?:\s+(?:then|now|to))*$/,
  /^(?:is|was|has)\s+(?:my|the|his|her)\s+(?:(?:hope|dream)\s+(?:about|of|for|to)\s+(?<about>.{2,40}?)|(?<named>[a-z0-9 ]{2,30}?)\s+(?:hope|dream|one))\s+(?:been\s+)?(?:saved|kept|written down|there|in there|in|down)(?:\s+(?:yet|then|or not))*$/,
];
/** "Yes or no please", "just tell me": how to answer, said beside the question. */
const HOW_TO_ANSWER = /^(?:(?:just\s+)?(?:yes|yeah)\s+or\s+(?:no|nah)(?:\s+(?:please|pls|plz|only|answer))*|(?:just\s+)?(?:tell me|answer me|answer)(?:\s+(?:please|pls))?|please|pls)$/;

/** The hopes a "did you keep" question names, each on its own: "the bus one and the cooking one" is two. */
export function hopesAskedKept(text: string): string[] {
  const about = asksOneHopeKept(text) ?? (answerBesideHopeKept(text) ? asksOneHopeKept(text, { beside: true }) : null);
  if (about === null) return [];
  return about.split(/\s+(?:and|or|&)\s+(?:the\s+|my\s+)?/).map((a) => a.replace(/\s+(?:one|hope|dream)$/, '').trim()).filter(Boolean);
}

/** "My question is: did you keep ..., yes or no?": the lead and the tail that only frame the question. */
const FRAMED = /^(?:my|the|one)\s+question\s+is\s+|\s+(?:yes|yeah)\s+or\s+(?:no|nah)$/g;
/** "And for this hope no, nothing else.": the answer to the open question, said after the question. */
const FOR_THIS_HOPE = /^(?:and|but|so|also)?\s*(?:for|about)\s+(?:this|that|the)\s+(?:hope|one|dream)[\s,:]+/i;

/** The message's other sentences, when it asks whether a hope was kept and answers the open question too ('' when it does not). */
export function answerBesideHopeKept(text: string): string {
  if (asksOneHopeKept(text, { beside: true }) === null || asksOneHopeKept(text) !== null) return '';
  const rest = text.split(/(?<=[.?!;\n])\s*/).filter((s) => s.trim() && asksOneHopeKept(s) === null && !HOW_TO_ANSWER.test(normaliseMessage(s)));
  return rest.join(' ').replace(FOR_THIS_HOPE, '').trim();
}

/**
 * "did you get the job one as well the IT support job thats like my main one": dictated with no stop,
 * the question ends at "as well" and the rest only says which hope it means.
 */
const ASKED_AS_WELL = /^((?:did|have|has)\s+(?:you|u)\s+.+?\s+(?:one|hope|dream)\s+(?:as\s+well|too))\s+(.+)$/;
function withoutRunOnTail(sentence: string): string {
  const found = ASKED_AS_WELL.exec(sentence);
  // "did you get the bus one too i also want to cook": a new hope after the question is never cut off.
  if (!found || startsAHope(found[2]!) || /\b(?:i|he|she|they)\s+(?:also\s+)?(?:want|wanna|would\s+like|wish|hope)\b/.test(found[2]!)) return sentence;
  return found[1]!;
}

export function asksOneHopeKept(typed: string, options: { beside?: boolean } = {}): string | null {
  if (typed.length > 160) return null;
  // "where the job 1 gone": the job one.
  const text = withOneSpelt(typed);
  const sentences = saidSentences(text)
    .map(withoutRunOnTail).filter((s) => !HOW_TO_ANSWER.test(s)).map((s) => s.replace(FRAMED, ''));
  const asked = options.beside ? sentences.filter((s) => ONE_KEPT.some((re) => re.test(s.replace(/^(?:(?:wait|hang on|um+|erm+|so|and|but|ok|okay)\s+)+/, '')))) : sentences;
  if (asked.length !== 1 || (options.beside && sentences.length < 2)) return null;
  for (const re of ONE_KEPT) {
    const found = re.exec(asked[0]!.replace(/^(?:(?:wait|hang on|um+|erm+|so|and|but|ok|okay)\s+)+/, ''));
    const about = (found?.groups?.about ?? found?.groups?.named)?.replace(/^(?:the|my|a|an)\s+/, '').trim();
    if (about) return about;
  }
  return null;
}
