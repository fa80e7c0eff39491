import { recogniseCommand, stopsToGoBackIn } from './commands';
import { normaliseMessage } from './text';
import { isCorrection, readAside } from './aside';
import { asksToRemove, remarkAboutIt } from './removeItem';
import { RecentReadings } from './recentReadings';
import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * Taking back the answer just kept: "wait i didnt mean that as a hope lol", "delete it", "thats
 * wrong, remove that", "no not that", "i read that wrong". What was kept from the last answer is
 * taken out. A correction can bring the right answer with it ("oh wait i read that wrong. for the
 * bike its money"): that is the answer to the question it corrects, never to the one open now.
 */

export interface TakeBack {
  /** The new answer said with the take-back ('' when there is none). */
  rest: string;
  /** Said plainly that the last answer was wrong ("no thats wrong, i meant ..."): wins over a yes or no read in it. */
  wrong?: boolean;
}

// "hang on" said alone, as a piece of its own ("hang on, that wasn't an answer"), leads in too: nothing is left of it.
const LEAD = /^(?:(?:oh|oops|whoops|wait|hang on|hold on|sorry|soz|no|nah|nope|um+|erm|hmm+|ok|okay|actually|lol|omg|ah|ahh|uh|my bad|oh no)(?:\s+|$))*/;
const TAIL = /(?:\s+(?:lol|lmao|haha\w*|sorry|soz|pls|please|mate|bro|tho|though|oops|my bad))+$/;

const WRONG = /^(?:(?:that|thats|that s|that is|that was|its|it s|it is|it was)\s+(?:all\s+)?(?:wrong|rong|not\s+(?:right|rite|ryt|rigth|true|it)|a mistake|a typo)|i\s+(?:made|make)\s+a\s+(?:mistake|typo))$/;

/** "wait that was a question not what helps", "i was only asking": a question was kept as an answer, so that answer was wrong. */
const WAS_A_QUESTION: readonly RegExp[] = [
  /^(?:that|thats|that s|it|its|it s|this)\s+(?:was\s+|is\s+)?(?:a|my|just\s+a|only\s+a)\s+question(?:\s+not\s+(?:a|an|the|my)?\s*(?:what\s+)?\w+(?:\s+\w+)?)?$/,
  /^i\s+(?:was\s+)?(?:just\s+|only\s+)?ask(?:ing|ed)(?:\s+(?:you|u))?(?:\s+a\s+question)?(?:\s+not\s+answering)?$/,
];

const TAKES_BACK: readonly RegExp[] = [
  // "i didnt mean that as a hope", "i didnt mean to put that", "i never meant it"
  /^i\s+(?:didnt|did not|didn t|never)\s+(?:mean|meant)\s+(?:that|this|it|to)\b.*$/,
  // "i read that wrong", "i misread the question", "i got that wrong", "i answered the wrong question"
  // "i read the last one wrong", "i answered the one before wrong": the question before named, not only "that".
  /^i\s+(?:read|red|got|understood|heard|took|typed|wrote|put|spelt|spelled|pressed|clicked|tapped|answered|did|done)\s+(?:that|it|this|that one|this one|the question|ur question|your question|(?:the|that|my|ur|your)\s+(?:last|previous|other|first)\s+(?:one|question|bit|answer)|the one before|the question before)?\s*(?:wrong|rong|wrongly|incorrectly|the wrong way)$/,
  /^i\s+(?:misread|misunderstood|misheard)(?:\s+(?:that|it|this|the question|ur question|your question|you|u))?$/,
  /^i\s+(?:answered|answer|put|wrote|typed)\s+(?:the\s+)?(?:wrong|rong)\s+(?:question|thing|one|answer|bit)$/,
  /^(?:wrong|rong)\s+(?:question|answer|one|thing|bit)$/,
  // "i pressed the wrong thing", "i tapped the wrong one": a tap not meant.
  /^i\s+(?:pressed|clicked|tapped|hit|picked|chose|chosen)\s+(?:the\s+|a\s+)?(?:wrong|rong)\s+(?:thing|one|button|answer|option|bit)?$/,
  // "please delete that last hope", "remove my last need": the part added last, named by its kind.
  new RegExp(String.raw`^(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|just)\s+)*(?:${TAKE_OUT_VERB}|undo|cancel)\s+(?:that|the|my|this)?\s*(?:very\s+)?last\s+(?:hope|dream|need|help|step|answer|one|thing|bit|part|hard\s+thing|barrier)(?:\s+(?:pls|please|plz|too))?$`),
  // "no not that", "not that one"
  /^(?:no\s+)?(?:not|nt)\s+(?:that|this|it)(?:\s+one)?$/,
  // "thats wrong", "that was a mistake", "i made a mistake", "thats not right"
  WRONG,
  // "undo", "undo that", "cancel that", "scrap that"
  /^(?:undo|cancel|scrap|ignore|bin|scratch)(?:\s+(?:it|that|this|that one|this one|what i said|what i put|the last one|my last answer))?$/,
  // "forget that", "forget what i said"; "forget it" lets go of the question (skip), not of the last answer.
  /^forget\s+(?:that|that one|what i said|what i put|the last one|my last answer)$/,
  ...WAS_A_QUESTION,
  // "i want to take that back", "take that back"
  /^(?:(?:i want to|i wanna|can i|let me)\s+)?take\s+(?:it|that|this)\s+back$/,
];

/** "That one should not be there at all", "it shouldnt of been put in", "that doesnt belong there": one kept thing pointed at, to go. */
const NOT_THERE =
  /^(?:that|this|it)(?:\s+one)?\s+(?:should not|shouldnt|shouldn t|should never|does not|doesnt|doesn t)\s+(?:have\s+|of\s+)?(?:been\s+|be\s+|go\s+|belong\s*)(?:there|in there|on there|in|in it|on it|on the list|in the list|on my list|kept|put in|put there|in my plan|in the plan|in his plan|in her plan)?(?:\s+at\s+all)?$/;

/** "that is better", "thats much better now", "thank you": glad of what was just done. */
const BETTER = /^(?:(?:that|this|it)\s+(?:is|s|looks)\s+|thats\s+|its\s+)?(?:much\s+|a\s+lot\s+|way\s+|far\s+)?better(?:\s+(?:now|thanks|thank you))*$|^(?:thank you|thanks|ta|good|great|lovely|perfect)(?:\s+(?:now|very much))?$/;

/**
 * "that is better. That one should not be there at all" just after something was taken out: glad it
 * went, and saying why. Nothing more is meant to go, and nothing in it is an answer.
 */
export function gladItWent(text: string): boolean {
  const pieces = piecesOf(text).map(core).filter(Boolean);
  return pieces.some((p) => BETTER.test(p)) && pieces.some((p) => NOT_THERE.test(p)) && pieces.every((p) => BETTER.test(p) || NOT_THERE.test(p) || BESIDE.test(p));
}

/** "take it out", "remove that one", "delete", "i want it gone": one thing pointed at, never the whole answer. */
const ONE_THING =
  new RegExp(String.raw`^(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|just)\s+)*(?:take\s+(?:it|that|this|that\s+one|this\s+one|the\s+last\s+one)\s+(?:out|off|away)|${TAKE_OUT_VERB}(?:\s+(?:it|that|that\s+one|this\s+one|the\s+last\s+one))?|i\s+(?:want|need)\s+(?:it|that|that\s+one)\s+(?:gone|out|taken\s+out|removed|deleted))(?:\s+(?:pls|please|plz|now|then))*$`);

/** The take-back points at one thing ("take it out", "delete that one", "that one should not be there"): of several things the last answer kept, only the last goes. */
export function pointsAtOneThing(text: string): boolean {
  return piecesOf(text).some((s) => ONE_THING.test(core(s)) || NOT_THERE.test(core(s)));
}

/** A short sentence beside the take-back that is no new answer: "its a problem", "lol", "no". */
const BESIDE = /^(?:nothing|none|none of them|none of those|not any of them|neither|neither of them|nothing really|no|nah|nope|yes|yeah|ok|okay|oops|sorry|soz|lol|haha\w*|my bad|my mistake|oh|wait|ugh+|omg|thats wrong|its wrong|that is wrong|wrong)$|^(?:its|it is|it s|it was|thats|that s|that was|that is)\s+(?:a|an|just a|more of a|my|the)\s+(?:problem|question|mistake|joke|typo|need|hope|barrier|thing i need|worry)$/;

/**
 * Why it goes, said beside the take-back: "its part of pastry chef", "cos i said it already", "its
 * the same as the bus one". A reason, never the new answer.
 */
const EXPLAINS =
  /^(?:cos|coz|cuz|because|bc|since)\b.*$|^(?:is|its|it is|it s|thats|that s|that is)\s+(?:just\s+|all\s+)?(?:the\s+)?same(?:\s+(?:thing|one|problem|as\b.*))?$|^(?:its|it is|it s|thats|that s|that is|it was|its been put)\s+(?:in\s+)?(?:the\s+)?(?:wrong|rong)\s+(?:place|question|bit|box)$|^(?:its|it is|it s|thats|that s|that is|it was|it goes|that goes|it belongs|that belongs)\s+(?:just\s+|really\s+|all\s+)?(?:part of|already|the same|same as|covered|included|with|under|in the|in my|in your|inside|on the|another version)\b.*$/;

/**
 * What the kept words were not, or what the person was doing: '"We have three big hopes" isn't a
 * hope', 'that was just me introducing them', 'i was only asking', 'i was talking to YOU not writing it
 * down'. About the answer, never the answer.
 */
const NOT_WHAT_IT_WAS =
  /^i\s+(?:did not|didnt|didn t|never)\s+(?:say|said)\s+(?:that|it|this)\s+(?:was|is|were)\b.*$|\b(?:isnt|is not|wasnt|was not|aint|arent|are not|werent|were not)\s+(?:really\s+|even\s+|actually\s+)?(?:a|an|my|the|one of (?:my|the))?\s*(?:(?:new|other|another|different|separate|extra|real|big|second)\s+)?(?:hopes?|dreams?|needs?|answers?|outcomes?|goals?|problems?|help|support)\b|^(?:that|this|it)\s+(?:was|is)\s+(?:just|only)\s+(?:me|us|my)\b|^(?:i|we)\s+(?:was|were)\s+(?:just|only)\s+\w+ing\b|^(?:i|we)\s+(?:was|were|am|are|m|re)\s+(?:just\s+|only\s+)?(?:talking|speaking|chatting|saying\s+(?:that|it|this))\s+(?:to|with)\s+(?:you|u)\b(?:\s+not\s+(?:writing|putting|saving|adding|keeping)\s+(?:it|that|this)\s+(?:down|in)(?:\s+(?:as\s+)?(?:a\s+)?\w+)?)?$|^(?:i|we)\s+(?:wasnt|was\s+not|werent|were\s+not|didnt|did\s+not)\s+(?:mean\s+(?:it|that|you)\s+to\s+)?(?:writing|write|putting|put|saving|save|adding|add|keep|keeping)\s+(?:it|that|this)\s+(?:down|in)\b.*$/;

/**
 * The message in pieces, each with the punctuation after it, so what is kept reads as typed.
 * Cut at commas too, unlike sentencesOf in text.ts: a take-back is often one clause ("no wait, i meant chef").
 */
function piecesOf(text: string): string[] {
  // "no thats wrong i meant chef": the new answer starts at "i meant" even with no comma before it.
  const parted = text.replace(/(\S)\s+(?=i\s+(?:meant|mean)\b)/gi, '$1, ');
  return (parted.match(/[^.!?…;,]+[.!?…;,]*/g) ?? [parted]).filter((s) => /[a-z0-9]/i.test(s));
}

function core(sentence: string): string {
  return normaliseMessage(sentence).replace(LEAD, '').replace(TAIL, '').trim();
}

function takesBack(sentence: string): boolean {
  const said = core(sentence);
  if (!said) return false;
  if (TAKES_BACK.some((re) => re.test(said)) || NOT_THERE.test(said)) return true;
  // "delete it", "remove that", "get rid of that one": a pointer at what was just kept.
  if (asksToRemove(said) === '') return true;
  return isCorrection(sentence);
}

/** "i meant to be a chef", "what i meant was a chef", "it should say chef": the new answer itself. */
function withoutMeant(rest: string): string {
  return rest.replace(/^\s*(?:i\s+meant(?:\s+to\s+say)?|i\s+mean|what\s+i\s+meant\s+(?:was|is)|it\s+should\s+(?:say|be)|should\s+(?:say|be))\b[\s,:]*(?=\S)/i, '');
}

/** The pieces that may be a new answer: never a take-back, a reason, a remark about the last answer or talk about the chat. */
/** "wtf.", "ffs", "bruh" beside "delete it": how they feel about the last answer, never a new one. */
// "wtf no", "no ffs": a no beside it is still only how they feel.
const EXCLAIMED = /^(?:(?:no+|nah|nope|bruv|bro|man|mate)\s+)*(?:wtf|wth|wtaf|ffs|omg|omfg|bruh+|ugh+|urgh+|argh+|jeez|what the (?:fuck|fk|f|hell|heck))(?:\s+(?:no+|nah|nope|bruv|bro|man|mate|fam))*$/;

function answerPieces(pieces: readonly string[]): string[] {
  return pieces.filter((s) => {
    const said = core(s);
    return said && !EXCLAIMED.test(said) && !takesBack(s) && !BESIDE.test(said) && !BETTER.test(said) && !EXPLAINS.test(said) && !remarkAboutIt(said) && !NOT_WHAT_IT_WAS.test(said) && !readAside(s);
  });
}

/**
 * "no wait. i dont get tired. i forget to lock the door" after "I get tired" was kept: the sentence
 * that says the kept words are untrue is about them, never the new answer. `kept` is what was taken back.
 */
export function withoutDenialOf(rest: string, kept: string): string {
  const own = contentWords(kept);
  if (own.length === 0) return rest;
  const sentences = rest.match(/[^.!?…;]+[.!?…;]*/g) ?? [rest];
  const left = sentences.filter((s) => {
    const said = normaliseMessage(s);
    if (!DENIES.test(said)) return true;
    const words = contentWords(said);
    return !own.every((w) => words.includes(w));
  });
  const joined = left.join('').trim().replace(/^[\s,;:.!?-]+/, '').replace(/[\s,;:-]+$/, '');
  return left.length === sentences.length || !joined ? rest : joined;
}

/** "i dont get tired", "she isnt scared of dogs", "thats not true", "i never said that": a denial. */
const DENIES = /\b(?:dont|do not|doesnt|does not|didnt|did not|isnt|is not|arent|are not|wasnt|was not|cant|cannot|never|not|no longer)\b/;
const SMALL = new Set(['i', 'im', 'a', 'an', 'the', 'to', 'my', 'me', 'he', 'she', 'they', 'his', 'her', 'it', 'is', 'am', 'are', 'and', 'of', 'get', 'gets', 'do', 'does', 'not', 'dont', 'doesnt', 'never']);
function contentWords(text: string): string[] {
  return normaliseMessage(text).split(' ').filter((w) => w && !SMALL.has(w));
}

/** The message takes back the last answer; with the new answer said beside it, if any. */
export function readTakeBack(text: string): TakeBack | null {
  if (text.length > 400) return null;
  // Talk about the chat, corrections and chatter each ask this of the same message: read once a turn.
  return takeBacks.read(text, () => takeBackOf(text));
}

const takeBacks = new RecentReadings<TakeBack | null>();

/** "no wait ... Jo helps me with my money", "wait no, the bus": the answer just given is put right by the words after it. */
const NO_WAIT = /^\s*(?:(?:oh|oops|sorry|soz|hang\s+on|hold\s+on|um+|erm)[\s,.!…]+)*(?:no+[\s,.!…]*wait|wait[\s,.!…]*no+|actually[\s,.!…]*no+|no+[\s,.!…]*actually)\b[\s,.!…:-]*(\S.*)$/i;
/** "no wait, there's another one", "wait no, also ...": more to add, never a change of the last answer. */
const ADDS_MORE = /^(?:also|and|plus|another|one\s+more|more|there\s*(?:'|’)?s\s+(?:another|more|one\s+more|also)|there\s+is\s+(?:another|more|one\s+more|also)|i\s+(?:have|got|'ve\s+got|ve\s+got)\s+(?:another|more|one\s+more))\b/i;

function takeBackOf(text: string): TakeBack | null {
  const noWait = NO_WAIT.exec(text)?.[1]?.trim();
  const said = noWait ? core(noWait) : '';
  // "wait no, that wasnt a hope", "no wait its the same as the bus one": about the last answer, never a new one.
  const aboutIt = !said || BESIDE.test(said) || EXPLAINS.test(said) || NOT_WHAT_IT_WAS.test(said) || Boolean(remarkAboutIt(said)) || Boolean(readAside(noWait!));
  if (noWait && !aboutIt && !ADDS_MORE.test(noWait) && !takesBack(noWait)) {
    // "no wait thats not rite. i forget to lock the door": what only says it was wrong is no part of the new answer.
    const rest = withoutMeant(answerPieces(piecesOf(noWait)).join('').trim()).replace(/[\s,;:-]+$/, '');
    if (rest) return { rest, wrong: true };
  }
  const pieces = piecesOf(text);
  // "thats wrong, remove that": the parts are read one by one, and the whole as well.
  // "back." or "go back" beside it asks for the question before: a command, never the new answer.
  const marked = pieces.map((s) => takesBack(s) || recogniseCommand(s) === 'back');
  // A message of one piece has been read whole already.
  if (!marked.some(Boolean)) return !(pieces.length === 1 && pieces[0] === text) && takesBack(text) ? { rest: '' } : null;
  const rest = answerPieces(pieces.filter((_s, i) => !marked[i])).join('');
  const meant = withoutMeant(rest.trim());
  const kept = meant.replace(/\s+/g, ' ').trim().replace(/^[\s,;:.!?-]+/, '').replace(/[\s,;:-]+$/, '');
  // "no thats wrong, i meant ...": the new answer said as meant; a yes or no read in it must not win.
  const wrong = kept !== '' && ((meant !== rest.trim() && pieces.some((s) => WRONG.test(core(s)))) || pieces.some((s) => WAS_A_QUESTION.some((re) => re.test(core(s)))));
  return { ...(wrong ? { wrong } : {}), rest: kept };
}

/**
 * "that's wrong", "thats not right", "no that's wrong": only that the last answer is wrong, with
 * nothing about what is wrong or what it should be. What to do with it is asked.
 */
export function onlySaysWrong(text: string): boolean {
  const pieces = piecesOf(text).map(core).filter(Boolean);
  return pieces.some((p) => WRONG.test(p)) && pieces.every((p) => WRONG.test(p) || BESIDE.test(p));
}

/** "undo", "undo that please": the last answer taken out, as a command of its own (never "go back"). */
export function saysUndo(text: string): boolean {
  return /^(?:undo|undo\s+(?:that|it|this|that one|my last answer))$/.test(core(text));
}

/**
 * "i said no lol. skip this one", "i didnt mean that. next": the take-back only says why, and the
 * rest is a command. That rest alone, to be carried out: nothing is taken back or reworded by its words.
 */
export function commandAfterTakeBack(text: string): string | null {
  const rest = readTakeBack(text)?.rest;
  // "stop please, you wrote my question as the answer. can we go back?": the "stop" left over only halts the bot.
  if (rest && recogniseCommand(rest) === 'stop' && stopsToGoBackIn(text)) return null;
  return rest && recogniseCommand(rest) ? rest : null;
}
