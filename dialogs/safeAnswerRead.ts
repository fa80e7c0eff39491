import { tellsOfSiblingTakingThings } from '../src/language/siblingTakesThings';
import { readFeelSafe } from '../src/language/closedAnswers';
import { correctsAnEarlierAnswer } from '../src/language/noWithInstruction';
import { withoutDeniedHarm } from '../src/language/harmDenied';
import { HARM_OR_FEAR, readSafeButHard } from '../src/language/safeButHard';
import { someoneDoesToThem } from '../src/language/someoneDoesToThem';
import { foldCase } from '../src/language/text';
import { safeguardingInChat } from '../src/language/concernInChat';
import type { Choice } from './say';
import type { JourneySession } from './session';
import { matchChoice } from './understand';
import { SafeText } from './aboutMeSafeText';

/*
 * What typed words mean at "do you feel safe?": yes, mostly, not always, rather not say, or a yes
 * with a worry about feelings. A reader only; what the bot then does is in aboutMeSafe.ts.
 */

export const SafeAnswer = { yes: 'yes', mostly: 'mostly', notAlways: 'notAlways', ratherNotSay: 'ratherNotSay', yesWorried: 'yesWorried' } as const;

/** The three answers, with the everyday ways people type them. */
export const SAFE_CHOICES: readonly Choice[] = [
  {
    value: SafeAnswer.yes,
    labelKey: SafeText.yes,
    synonyms: ['yes', 'yeah', 'yeah i do', 'yes i do', 'yep', 'yup', 'yh', 'ye', 'i do', 'i feel safe', 'yes i feel safe', 'safe', 'always', 'yes always', 'of course', 'yes mostly'],
  },
  {
    value: SafeAnswer.notAlways,
    labelKey: SafeText.notAlways,
    synonyms: ['no', 'nope', 'nah', 'not really', 'not always', 'sometimes', 'sometimes not', 'not all the time', 'not at all', 'never', 'no i dont', 'not safe', 'kind of', 'kinda', 'sort of', 'a bit', 'not much'],
  },
  {
    value: SafeAnswer.ratherNotSay,
    labelKey: SafeText.ratherNotSay,
    synonyms: ['rather not say', 'id rather not say', 'i would rather not say', 'prefer not to say', 'id prefer not to say', 'i dont want to say', 'not saying', 'pass', 'private'],
  },
];

const MOVE_ON =
  /^(?:(?:please|pls|ok|okay|sorry|um+|erm|so|just)\s+)*(?:(?:can|could)\s+(?:we|i|you|u)\s+(?:just\s+|please\s+)?|lets\s+(?:just\s+)?|let\s+us\s+|i\s+(?:want|wanna|would\s+like|d\s+like)\s+to\s+(?:just\s+)?)?(?:(?:get|go|move)\s+(?:back\s+to|on\s+(?:with|to))\s+(?:the\s+|my\s+|our\s+)?(?:plan|questions?|hopes?|next\s+(?:bit|question|one|part))|move\s+on|skip\s+(?:this|that|it)(?:\s+(?:one|question|bit))?|(?:go\s+to\s+(?:the\s+)?)?next\s+(?:question|one|bit|part))(?:\s+(?:please|pls|now|thanks|then))*$/;
const RATHER_NOT = /\b(?:rather\s+not|prefer\s+not|(?:dont|do\s+not|dont\s+really)\s+want\s+to\s+(?:say|talk|answer)|not\s+saying|(?:none\s+of|not)\s+your\s+business)\b|^(?:(?:i|ill|i\s+will|can\s+i)\s+)?pass(?:\s+(?:on\s+(?:this|that|it)(?:\s+one)?|please|thanks|for\s+now))*$/;
const NOT_ALWAYS = /^(?:no|nope|nah+|na|not|never|sometimes|somtimes|sumtimes|kind\s+of|kinda|sort\s+of|a\s+bit|a\s+little|depends|it\s+depends|only\s+sometimes|i\s+dont|i\s+do\s+not|i\s+dont\s+feel\s+safe|not\s+really)\b/;
export const YES = /^(?:(?:but|so|well|and|ok|okay|um+|erm+)\s+)?(?:yes|yeah+|yeh|yea|ya|yep|yup|yh|ye|sure|of\s+course|i\s+do|i\s+am|i\s+feel\s+safe|always|totally|defo|definitely)\b/;

// A worry beside the yes that is about feelings, not about being unsafe: "yeah but i get stressed in maths".
const FEELING_WORRY = /\b(?:stress\w*|lonely|lonley|lonly|shy|embarrass\w*|cry|cries|crying|worr\w*|anxious|anxiety|nervous|upset|sad|panic\w*|overwhelm\w*|tired|bored|hard|difficult|struggle\w*|hate\s+(?:maths|english|science|homework|tests?|exams?|pe))\b/;
// Words that say they are not safe somewhere, whatever else they say.
export const UNSAFE = /\b(?:not\s+(?:safe|at\s+home|at\s+school|online|always)|unsafe|scared|afraid|frightened|hurt\w*|hit\w*|kick\w*|bull\w*|danger\w*|threat\w*|pick\w*\s+on|touch\w*|shout\w*\s+at|strangers?|someone\s+online)\b/;

// Not knowing how things are in one place: "online i dont know", "not sure about online".
// Someone or contact named beside it ("a man keeps messaging him"): never read as a plain yes.
const SOMEONE_NAMED = /\b(?:man|men|woman|guy|adult|older|someone|somebody|stranger\w*|people|messag\w*|texts?|pictures?|photos?|pics|meet\w*|talk\w*\s+to|chat\w*|games?\s+with)\b/;
const UNSURE_OF_A_PLACE = /\b(?:(?:i\s+)?(?:dont|do\s+not)\s+know|not\s+sure|no\s+idea|idk|unsure)\b/;

// "yeh mostly", "mostly yes", "yeah most of the time": an honest yes. An exception beside it is not.
export const MOSTLY = /\b(?:mostly|mainly|largely|most\s+of\s+the\s+time|most\s+(?:days|times)|usually|normally|generally|pretty\s+much|on\s+the\s+whole|nearly\s+always|almost\s+always)\b/;
const EXCEPTION = /\b(?:but|except|apart\s+from|other\s+than|not|no|never|sometimes|when|unless|until|till|til|only|cept|xcept)\b/;

// A parent watching over a child ("i keep an eye", "we check his phone") and a trusting word ("hes sensible"): care, not a worry.
const PARENT_CARE = /\b(?:i|we)\s+(?:keep\s+an\s+eye(?:\s+on\s+(?:it|him|her|them|things))?|keep\s+a\s+check|check(?:\s+(?:his|her|their)\s+(?:phone|ipad|tablet|games?))?|monitor(?:\s+it)?|watch\s+(?:it|what\s+(?:he|she)\s+does))\b/;
const TRUSTING = /\b(?:but\s+)?(?:hes|shes|he\s+is|she\s+is|theyre|they\s+are)\s+(?:very\s+|quite\s+|pretty\s+|really\s+)?(?:sensible|careful|good|fine|ok|okay|safe|smart)\b/g;
const CARE_LEFT_OK = /^(?:(?:yes|yeah+|yeh|yea|ya|yep|yup|yh|ye|mostly|mainly|usually|i\s+think\s+so|at\s+home|at\s+school|and|school|home|online|on\s+line|internet|the\s+internet|with|about|so|too|as\s+well|he\s+is|she\s+is|hes|shes|safe)\b\s*)*$/;

/** True when nothing but the yes, the places and the parent's care is left: "yes mostly. online i keep an eye but hes sensible". */
function withoutParentCare(folded: string): boolean {
  const left = folded.replace(new RegExp(PARENT_CARE.source, 'g'), ' ').replace(TRUSTING, ' ').replace(/\s+/g, ' ').trim();
  return CARE_LEFT_OK.test(left);
}

/** Worries that are feelings about school or work, met with a warm word ("i get stressed in maths"). */
const FEELING_ONLY = /\b(?:stress\w*|lonely|lonley|lonly|shy|embarrass\w*|cry|cries|crying|anxious|anxiety|nervous|upset|sad|panic\w*|overwhelm\w*|tired|bored|hate)\b/;
/** The "yes" or "mostly" before the worry. */
const YES_LEAD = /^(?:(?:yes|yeah+|yeh|yea|ya|yep|yup|yh|ye|sure|i do|i feel safe|always|mostly|mainly|usually|normally|most of the time|but|tho|though|although)\b[\s,.!]*)+/i;

/** "sometimes i worry about having a seizure when im out" from "yes mostly. sometimes i worry ...": a worry to keep; undefined for a feeling. */
export function worryBesideYes(text: string): string | undefined {
  const worry = text.trim().replace(YES_LEAD, '').trim();
  if (!worry || FEELING_ONLY.test(wordsOnly(worry))) return undefined;
  return worry;
}

/** A question about the word itself, never an answer to it. */
const ASKS_WHAT_SAFE_MEANS = /\b(?:what\s+(?:do\s+(?:you|u)\s+mean|does\s+(?:that|it|safe)\s+mean|is\s+safe|kind\s+of\s+safe|sort\s+of\s+safe)\b[^?]*\bsafe\b|\bsafe\s+(?:from\s+what|how|like\s+what)\b|\bwhat\s+(?:do\s+(?:you|u)\s+mean)\s+by\s+safe\b)/;

export function asksWhatSafeMeans(text: string): boolean {
  return ASKS_WHAT_SAFE_MEANS.test(foldCase(text).replace(/'/g, ''));
}

const FEEL_SAFE: Record<string, string> = { yes: SafeAnswer.yes, not_always: SafeAnswer.notAlways, rather_not_say: SafeAnswer.ratherNotSay };

/** What a typed reply means, by the one understanding of closed questions in `src/language`. */
export function understandFeelSafe(text: string): string | undefined {
  const answer = readFeelSafe(text);
  return answer ? FEEL_SAFE[answer] : undefined;
}

/** Lower case, no apostrophes, words and numbers only: what the patterns here are written for. */
export function wordsOnly(text: string): string {
  return foldCase(text).replace(/'/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Unsafe said only to deny it: "its not like unsafe", "never unsafe", "not dangerous or anything", "i wouldnt say unsafe". */
const UNSAFE_NEGATED =
  /\b(?:(?:its|it\s+is|it\s+s|im|i\s+am|thats|that\s+is)\s+)?(?:not|never|isnt|aint|wouldnt\s+say(?:\s+(?:its|it\s+is|im))?|wouldnt\s+call\s+it)\s+(?:like\s+|really\s+|actually\s+|exactly\s+|that\s+|ever\s+)?(?:unsafe|dangerous|scary|not\s+safe)(?:\s+or\s+(?:anything|owt|nothing|whatever|that))?\b/g;
/** Somewhere or some time they are not safe, said beside the denial ("not always", "sometimes", "not at school"), or a "no" first (kept as "not always"). */
const NOT_EVERYWHERE = /\b(?:not\s+(?:always|at|when|online|all\s+the\s+time)|sometimes|somtimes|except|apart\s+from)\b|^(?:no|nope|nah|not\s+really)\b/;

/** Anyone told of beside the denial, or drink and drugs ("its not like dangerous, its just annoying when mums boyfriend gets drunk"). */
const ANYONE_OR_DRINK =
  /\b(?:mum|mums|mam|mom|dad|dads|boyfriend|girlfriend|partner|step\s*\w+|brother|sister|uncle|aunt\w*|cousin|nan|gran|grandad|carers?|teachers?|boys?|girls?|lads|kids|he|she|they|him|her|them|drunk|drink\w*|drugs?|weed|police)\b/;

/**
 * Plain everyday words beside a denial ("schools shit", "just boring", "its just annoying"): the only company that lets
 * "never unsafe" stand as a yes. An allow-list on purpose: any other words ("home is bad", "i have to keep secrets",
 * "i dont eat most days") may hold a worry the reader cannot yet name, so the answer is read as it always was.
 */
const ORDINARY_BESIDE_DENIAL = new Set([
  'yes', 'yeah', 'yeh', 'yea', 'ya', 'yep', 'yup', 'yh', 'ye', 'mostly', 'mainly', 'usually', 'normally', 'generally',
  'but', 'and', 'or', 'so', 'well', 'just', 'like', 'really', 'proper', 'pretty', 'kinda', 'a', 'bit', 'tho', 'though', 'lol', 'tbh', 'honestly',
  'its', 'it', 'is', 's', 'thats', 'that', 'this', 'the', 'school', 'schools', 'lessons', 'homework', 'college',
  'anything', 'owt', 'nothing', 'whatever', 'i', 'mean', 'guess', 'suppose', 'dunno',
  'shit', 'shite', 'crap', 'rubbish', 'boring', 'bored', 'annoying', 'dull', 'meh', 'long', 'pants', 'sometimes',
]);

/** True when what is left beside the denial is only plain everyday words and the concern reader hears nothing in it. */
function onlyOrdinaryBesideDenial(rest: string): boolean {
  if (rest === '') return true;
  if (!rest.split(' ').every((word) => ORDINARY_BESIDE_DENIAL.has(word))) return false;
  const heard = safeguardingInChat(rest, { parent: false });
  return heard.action === 'none' && !heard.concern.concern;
}

/** Which answer typed words mean: a choice's words first, then the reply's meaning, then the way it begins. */
export function safeAnswerOf(text: string, words: JourneySession['words']): string | undefined {
  if (correctsAnEarlierAnswer(text)) return undefined;
  // "i lock my door cos my brother nicks my stuff", the whole answer: a squabble at home, asked after gently (concernInChat.ts), no answer here.
  if (tellsOfSiblingTakingThings(text)) return undefined;
  // "not scary just annoying when the taxi driver asks me to sit in the front": someone doing something to them, whatever else is said.
  if (someoneDoesToThem(text)) return SafeAnswer.notAlways;
  const folded = withoutDeniedHarm(wordsOnly(text)).replace(/\s+/g, ' ').trim();
  // "yeah mostly. schools shit but its not like unsafe", "never unsafe just boring": being unsafe said only to deny it,
  // with no harm, fear, someone or a place it is not safe named, is a yes ("not always, school feels unsafe" is not).
  const unsafeDenied = folded.replace(UNSAFE_NEGATED, ' ').replace(/\s+/g, ' ').trim();
  if (new RegExp(UNSAFE_NEGATED.source).test(wordsOnly(text)) && onlyOrdinaryBesideDenial(unsafeDenied) && !UNSAFE.test(unsafeDenied) && !HARM_OR_FEAR.test(unsafeDenied) && !SOMEONE_NAMED.test(unsafeDenied) && !ANYONE_OR_DRINK.test(unsafeDenied) && !NOT_EVERYWHERE.test(unsafeDenied)) return SafeAnswer.yes;
  // Read before the general reader, which hears any "yes but ..." as a plain yes or "not always".
  if (YES.test(folded) && FEELING_WORRY.test(folded) && !UNSAFE.test(folded) && !HARM_OR_FEAR.test(folded)) return SafeAnswer.yesWorried;
  if (MOSTLY.test(folded) && !EXCEPTION.test(folded) && !UNSAFE.test(folded) && folded.split(' ').length <= 10) return SafeAnswer.mostly;
  // "yes he is safe at home and school. online i dont know": a yes, unsure of one place, nothing harmful named.
  if (YES.test(folded) && UNSURE_OF_A_PLACE.test(folded) && !/\b(?:but|except|apart\s+from)\b/.test(folded) && !UNSAFE.test(folded) && !HARM_OR_FEAR.test(folded) && !SOMEONE_NAMED.test(folded)) return SafeAnswer.yes;
  // "yes mostly. online i keep an eye but hes sensible": a parent's own care, with nothing harmful named, is a yes.
  if (YES.test(folded) && PARENT_CARE.test(folded) && withoutParentCare(folded) && !UNSAFE.test(folded) && !HARM_OR_FEAR.test(folded) && !SOMEONE_NAMED.test(folded)) return SafeAnswer.yes;
  // "yes but not at school", "yeah mostly, not online" still say: not always.
  if (YES.test(folded) && /\b(?:but|except|apart\s+from|not\s+(?:at|online|when|always)|sometimes|mostly)\b/.test(folded)) return SafeAnswer.notAlways;
  // "Where I live yes. When I go out yes. Online yes.": a yes for each place asked about is a yes.
  if (yesForEachPlace(text) && !UNSAFE.test(folded) && !HARM_OR_FEAR.test(folded)) return SafeAnswer.yes;
  const choice = matchChoice(text, SAFE_CHOICES, words) ?? understandFeelSafe(text);
  if (choice) return choice;
  // "Can we get back to the plan please", "can we move on": a wish to move on is respected as "rather not say" is.
  if (RATHER_NOT.test(folded) || MOVE_ON.test(folded)) return SafeAnswer.ratherNotSay;
  if (YES.test(folded)) return SafeAnswer.yes;
  if (NOT_ALWAYS.test(folded)) return SafeAnswer.notAlways;
  return undefined;
}

/** Two or more parts, each a place and a plain yes ("online yes", "yes at school"), and no "no" or "but" anywhere. */
function yesForEachPlace(text: string): boolean {
  const parts = text.split(/[.;,!\n]+/).map(wordsOnly).filter((p) => p !== '');
  if (parts.length < 2 || parts.some((p) => /\b(?:no|not|never|sometimes|but|except|dont|nope|nah)\b/.test(p))) return false;
  return parts.every((p) => p.split(' ').length <= 8 && (/(?:^|\s)(?:yes|yeah|yep|yh|ye|yea)$/.test(p) || /^(?:yes|yeah|yep|yh|ye|yea)\s/.test(p)));
}

/**
 * "show me how to do it first then i can do it", sent just after the bot asked about feeling safe:
 * no answer to that question and nothing about safety or feelings, so it carries on the answer
 * before. A question, a worry or any word about being safe is never taken so.
 */
export function carriesOnPastSafeQuestion(text: string, words: JourneySession['words'], aboutAChild = false): boolean {
  const folded = wordsOnly(text);
  if (/\?/.test(text) || folded.split(' ').length < 3) return false;
  // "no i meant nan goes with the cat one": it puts an earlier answer right, read by the safety question (aboutMeCorrected.ts).
  if (correctsAnEarlierAnswer(text)) return false;
  // "busy places are too loud": the senses, which the safety question's own reader answers.
  if (readSafeButHard(text, aboutAChild) === 'sensory') return false;
  if (UNSAFE.test(folded) || FEELING_WORRY.test(folded) || /\b(?:safe|safety|home|online|internet|people|someone|they|he|she)\b/.test(folded)) return false;
  return safeAnswerOf(text, words) === undefined;
}
