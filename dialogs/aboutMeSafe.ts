import type { Draft } from '../src/domain/draft';
import { safetyPlacesOf, type SafetyPlaces } from '../src/domain/lifeStage';
import { readFeelSafe } from '../src/language/closedAnswers';
import { correctsAnEarlierAnswer } from '../src/language/noWithInstruction';
import { tellsOfCrowdedPushing } from '../src/language/crowdWorry';
import { HARM_OR_FEAR, harmNamedInSafeAnswer, namesOnlyBusyPlaces, readSafeButHard, rudenessFromPupils, unsafeAsked, withoutDeniedHarm } from '../src/language/safeButHard';
import { foldCase } from '../src/language/text';
import { hopeAfterAnswer } from '../src/language/hopeBesideAnswer';
import { keepHopeSaidEarly } from './aboutMeMisplaced';
import { putAboutMeRight } from './aboutMeCorrected';
import { isAboutAChild, wordsFor, type WhomKeys } from './aboutWhom';
import { keepHardThings } from './hardSaidAtHopes';
import { noteHardAtSafety } from './needsSafeOffer';
import { Step } from './ids';
import type { Position } from './journey';
import type { Choice, Words } from './say';
import type { JourneySession } from './session';
import { ANSWERED, type Next } from './stageDialog';
import { matchChoice } from './understand';
import { askFollowUp, atSchool, FollowUpAfter, openFollowUp, ratherNotSayThanks, readFollowUpAnswer } from './safeFollowUp';

export const SafeText = {
  question: {
    school: { self: 'aboutMe:safe.question', child: 'aboutMe:safe.questionChild', yourChild: 'aboutMe:safe.questionYourChild' },
    sixthForm: { self: 'aboutMe:safe.questionSixthForm', child: 'aboutMe:safe.questionSixthFormChild', yourChild: 'aboutMe:safe.questionSixthFormYourChild' },
    collegeOrWork: { self: 'aboutMe:safe.questionCollege', child: 'aboutMe:safe.questionCollegeChild', yourChild: 'aboutMe:safe.questionCollegeYourChild' },
    learnOrWork: { self: 'aboutMe:safe.questionLearnOrWork', child: 'aboutMe:safe.questionLearnOrWorkChild', yourChild: 'aboutMe:safe.questionLearnOrWorkYourChild' },
    outAndAbout: { self: 'aboutMe:safe.questionOut', child: 'aboutMe:safe.questionOutChild', yourChild: 'aboutMe:safe.questionOutYourChild' },
  } satisfies Record<SafetyPlaces, WhomKeys>,
  yes: 'aboutMe:safe.yes',
  notAlways: 'aboutMe:safe.notAlways',
  ratherNotSay: 'aboutMe:safe.ratherNotSay',
  glad: { self: 'aboutMe:safe.glad', child: 'aboutMe:safe.gladChild', yourChild: 'aboutMe:safe.gladChild' } satisfies WhomKeys,
  notUnderstood: 'aboutMe:safe.notUnderstood',
  meaning: 'aboutMe:safe.meaning',
  yesWorried: { self: 'aboutMe:safe.yesWorried', child: 'aboutMe:safe.yesWorriedChild', yourChild: 'aboutMe:safe.yesWorriedChild' } satisfies WhomKeys,
  yesWorriedNotSchool: { self: 'aboutMe:safe.yesWorriedNotSchool', child: 'aboutMe:safe.yesWorriedChild', yourChild: 'aboutMe:safe.yesWorriedChild' } satisfies WhomKeys,
  yesWorriedKept: { self: 'aboutMe:safe.yesWorriedKept', child: 'aboutMe:safe.yesWorriedKeptChild', yourChild: 'aboutMe:safe.yesWorriedKeptChild' } satisfies WhomKeys,
  rude: { self: 'aboutMe:safe.rude', child: 'aboutMe:safe.rudeChild', yourChild: 'aboutMe:safe.rudeYourChild' } satisfies WhomKeys,
  blocked: { self: 'aboutMe:safe.blocked', child: 'aboutMe:safe.blockedChild', yourChild: 'aboutMe:safe.blockedYourChild' } satisfies WhomKeys,
  pupilsRude: { self: 'aboutMe:safe.pupilsRude', child: 'aboutMe:safe.pupilsRudeChild', yourChild: 'aboutMe:safe.pupilsRudeYourChild' } satisfies WhomKeys,
  ownWaysKept: { self: 'aboutMe:safe.yesWorriedNotSchool', child: 'aboutMe:safe.ownWaysKeptChild', yourChild: 'aboutMe:safe.ownWaysKeptYourChild' } satisfies WhomKeys,
  sensoryKept: { self: 'aboutMe:safe.sensoryKept', child: 'aboutMe:safe.sensoryKeptChild', yourChild: 'aboutMe:safe.sensoryKeptYourChild' } satisfies WhomKeys,
  sensoryMoveOn: { self: 'aboutMe:safe.sensoryMoveOn', child: 'aboutMe:safe.sensoryMoveOnChild', yourChild: 'aboutMe:safe.sensoryMoveOnYourChild' } satisfies WhomKeys,
  unsafeMeant: { self: 'aboutMe:safe.unsafeMeant', child: 'aboutMe:safe.unsafeMeantChild', yourChild: 'aboutMe:safe.unsafeMeantChild' } satisfies WhomKeys,
} as const;

export const SafeAnswer = { yes: 'yes', mostly: 'mostly', notAlways: 'notAlways', ratherNotSay: 'ratherNotSay', yesWorried: 'yesWorried' } as const;

/** The data key the safety question keeps once answered, so carrying on after the safeguarding answer moves on. */
export const SAFE_ANSWERED = ANSWERED;

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
const RATHER_NOT = /\b(?:rather\s+not|prefer\s+not|(?:dont|do\s+not|dont\s+really)\s+want\s+to\s+(?:say|talk|answer)|not\s+saying|(?:none\s+of|not)\s+your\s+business|pass)\b/;
const NOT_ALWAYS = /^(?:no|nope|nah+|na|not|never|sometimes|somtimes|sumtimes|kind\s+of|kinda|sort\s+of|a\s+bit|a\s+little|depends|it\s+depends|only\s+sometimes|i\s+dont|i\s+do\s+not|i\s+dont\s+feel\s+safe|not\s+really)\b/;
const YES = /^(?:(?:but|so|well|and|ok|okay|um+|erm+)\s+)?(?:yes|yeah+|yeh|yea|ya|yep|yup|yh|ye|sure|of\s+course|i\s+do|i\s+am|i\s+feel\s+safe|always|totally|defo|definitely)\b/;

// A worry beside the yes that is about feelings, not about being unsafe: "yeah but i get stressed in maths".
const FEELING_WORRY = /\b(?:stress\w*|lonely|lonley|lonly|shy|embarrass\w*|cry|cries|crying|worr\w*|anxious|anxiety|nervous|upset|sad|panic\w*|overwhelm\w*|tired|bored|hard|difficult|struggle\w*|hate\s+(?:maths|english|science|homework|tests?|exams?|pe))\b/;
// Words that say they are not safe somewhere, whatever else they say.
const UNSAFE = /\b(?:not\s+(?:safe|at\s+home|at\s+school|online|always)|unsafe|scared|afraid|frightened|hurt\w*|hit\w*|kick\w*|bull\w*|danger\w*|threat\w*|pick\w*\s+on|touch\w*|shout\w*\s+at|strangers?|someone\s+online)\b/;

// Not knowing how things are in one place: "online i dont know", "not sure about online".
// Someone or contact named beside it ("a man keeps messaging him"): never read as a plain yes.
const SOMEONE_NAMED = /\b(?:man|men|woman|guy|adult|older|someone|somebody|stranger\w*|people|messag\w*|texts?|pictures?|photos?|pics|meet\w*|talk\w*\s+to|chat\w*|games?\s+with)\b/;
const UNSURE_OF_A_PLACE = /\b(?:(?:i\s+)?(?:dont|do\s+not)\s+know|not\s+sure|no\s+idea|idk|unsure)\b/;

// "yeh mostly", "mostly yes", "yeah most of the time": an honest yes. An exception beside it is not.
const MOSTLY = /\b(?:mostly|mainly|largely|most\s+of\s+the\s+time|most\s+(?:days|times)|usually|normally|generally|pretty\s+much|on\s+the\s+whole|nearly\s+always|almost\s+always)\b/;
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
function worryBesideYes(text: string): string | undefined {
  const worry = text.trim().replace(YES_LEAD, '').trim();
  if (!worry || FEELING_ONLY.test(wordsOnly(worry))) return undefined;
  return worry;
}

/** A question about the word itself, never an answer to it. */
const ASKS_WHAT_SAFE_MEANS = /\b(?:what\s+(?:do\s+(?:you|u)\s+mean|does\s+(?:that|it|safe)\s+mean|is\s+safe|kind\s+of\s+safe|sort\s+of\s+safe)\b[^?]*\bsafe\b|\bsafe\s+(?:from\s+what|how|like\s+what)\b|\bwhat\s+(?:do\s+(?:you|u)\s+mean)\s+by\s+safe\b)/;

function asksWhatSafeMeans(text: string): boolean {
  return ASKS_WHAT_SAFE_MEANS.test(foldCase(text).replace(/'/g, ''));
}

const FEEL_SAFE: Record<string, string> = { yes: SafeAnswer.yes, not_always: SafeAnswer.notAlways, rather_not_say: SafeAnswer.ratherNotSay };

/** What a typed reply means, by the one understanding of closed questions in `src/language`. */
export function understandFeelSafe(text: string): string | undefined {
  const answer = readFeelSafe(text);
  return answer ? FEEL_SAFE[answer] : undefined;
}

/** Lower case, no apostrophes, words and numbers only: what the patterns here are written for. */
function wordsOnly(text: string): string {
  return foldCase(text).replace(/'/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Which answer typed words mean: a choice's words first, then the reply's meaning, then the way it begins. */
export function safeAnswerOf(text: string, words: JourneySession['words']): string | undefined {
  if (correctsAnEarlierAnswer(text)) return undefined;
  const folded = withoutDeniedHarm(wordsOnly(text)).replace(/\s+/g, ' ').trim();
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

/** "Do you feel safe at home, at school and online?", naming the places that fit the young person. */
export function safeQuestion(draft: Draft | undefined): Words {
  return wordsFor(draft, SafeText.question[safetyPlacesOf(draft?.youngPerson)]);
}

/** Asked of everyone speaking for themselves; of a parent or carer only about a child of secondary age. */
export function askedAboutSafety(draft: Draft | undefined): boolean {
  if (!isAboutAChild(draft)) return true;
  const person = draft?.youngPerson;
  return (person?.schoolYear ?? -1) >= 7 || (person?.age ?? -1) >= 11;
}

/**
 * "Not always" leads to the safeguarding answer and a flag (category `other` when the person has not
 * said more; a disclosure in their words is caught before this and keeps its own category, and harm the
 * rules read beside the "no" names the flag too).
 * "I'd rather not say" is respected and the conversation moves on. Two misses in a row move on
 * too, saying so kindly, as "rather not say".
 */
export async function readSafeAnswer(session: JourneySession, position: Position, text: string): Promise<Next> {
  const draft = await session.draft();
  const followUp = openFollowUp(position);
  // "what do you mean by safe? safe from being hurt, or safe like not getting lost?": what it means, and the question again.
  if (asksWhatSafeMeans(text)) return { say: [{ key: SafeText.meaning }], goTo: { step: Step.aboutMeSafe, data: position.data ?? {} } };
  // "no i meant nan goes with the cat one. the important one": an earlier answer put right, and the question again. Never a "no".
  const putRight = await putAboutMeRight(session, text);
  if (putRight) return { say: putRight, goTo: { step: Step.aboutMeSafe, data: position.data ?? {} } };
  // "mostly yes. the bus drivers are rude sometimes tho": rudeness with no harm, fear or threat. No flag, and how to complain.
  // "at home yes. school mostly but he has massive meltdowns": a need, kept as one, then a gentle check rather than a flag.
  const hard = followUp === FollowUpAfter.need ? undefined : readSafeButHard(text, isAboutAChild(draft));
  // "year 9s stare at me in the corridor... its not like bullying": a teacher, if it gets worse; never a bus company.
  if (hard === 'rudeness') return { say: [wordsFor(draft, rudenessFromPupils(text) ? SafeText.pupilsRude : SafeText.rude)] };
  // "yeah mostly, people online are weird about the wheelchair but I just block them": a yes, and a kind word about blocking.
  if (hard === 'handledOnline') return { say: [wordsFor(draft, SafeText.blocked)] };
  // "he's safe with us now ... there was neglect before he came to us": a yes; the past is not a new worry.
  if (hard === 'pastKnown') return { say: [wordsFor(draft, SafeText.glad)] };
  if (hard === 'ownWays') {
    await keepHardThings(session, [text], []);
    return askFollowUp(FollowUpAfter.need, [wordsFor(draft, SafeText.ownWaysKept)]);
  }
  // "yes mostly, school is a bit much sometimes": the noise or busyness kept as a need, then the soft "is there a place or a time...?".
  if (hard === 'overwhelm' && !followUp) {
    // "yeah mostly," answers the question: only what follows is kept.
    await keepHardThings(session, [withoutLeadingYes(text)], []);
    return askFollowUp(FollowUpAfter.mostly);
  }
  // "busy places are too loud": noise and crowds, nobody named. Kept as a need with a kind word; a "no" or
  // "not always" said with it gets the soft "does anyone or anything make you feel unsafe?" once.
  if (hard === 'sensory' && !followUp) {
    // "Does that count as not safe?" beside the noise: answered, and only the noise is kept.
    const { told, asked } = unsafeAsked(text);
    await keepHardThings(session, [told], []);
    // "mostly yes but the canteen is scary because it is loud" opens with a yes: only the noise is hard, so no "not always".
    const saysYes = YES.test(wordsOnly(text)) || MOSTLY.test(wordsOnly(text));
    if (!saysYes && safeAnswerOf(text, session.words) === SafeAnswer.notAlways) return askFollowUp(FollowUpAfter.need, [wordsFor(draft, SafeText.sensoryKept)]);
    return { say: [...(asked ? [wordsFor(draft, SafeText.unsafeMeant)] : []), wordsFor(draft, SafeText.sensoryMoveOn)] };
  }
  // "The corridors are too loud and people push": a worry, flagged, whose answer fits it (safeguardingAnswer.ts).
  if (!followUp && tellsOfCrowdedPushing(text)) return { safeguarding: harmNamedInSafeAnswer(text) ?? 'other' };
  // "like i said the corridors at change over time, the stairs in the science block are the worst": after "mostly",
  // school's busy places are the answer: kept with the hard things and a kind word, never read as a hope.
  if (followUp === FollowUpAfter.mostly && namesOnlyBusyPlaces(text)) {
    await keepHardThings(session, [thePlaceSaid(text)], []);
    return { say: [wordsFor(draft, SafeText.sensoryMoveOn)] };
  }
  if (followUp) return readFollowUpAnswer(draft, position, text);
  // "yeah im safe. i just want my own place one day": a yes, and a hope kept for the hopes stage.
  const hopeBeside = hopeAfterAnswer(text);
  const folded = wordsOnly(text);
  if (hopeBeside && safeAnswerOf(hopeBeside.answer, session.words) === SafeAnswer.yes && !UNSAFE.test(folded) && !HARM_OR_FEAR.test(folded)) {
    // The hopes stage opens by naming it ("You told me a hope earlier: ..."), so it is not said twice here.
    await keepHopeSaidEarly(session, hopeBeside.hope);
    return { say: [wordsFor(draft, SafeText.glad)] };
  }
  switch (safeAnswerOf(text, session.words)) {
    case SafeAnswer.yes:
      return { say: [wordsFor(draft, SafeText.glad)] };
    case SafeAnswer.mostly:
      // Safe most of the time, nothing named against it: one soft question, "is there a place or a time...?"
      return askFollowUp(FollowUpAfter.mostly);
    case SafeAnswer.yesWorried: {
      // Safe, with a worry about feelings: a warm word, no crisis answer and no flag.
      // A worry about something else ("having a seizure when im out") is kept with the hard things, never lost.
      const worry = worryBesideYes(text);
      if (!worry) return { say: [wordsFor(draft, atSchool(draft) ? SafeText.yesWorried : SafeText.yesWorriedNotSchool)] };
      return { say: [wordsFor(await keepHardThings(session, [worry], []), SafeText.yesWorriedKept)] };
    }
    case SafeAnswer.notAlways:
      // "no the lights are too bright and i get battered": the flag names the harm told beside the "no".
      // "not always, i get really anxious on the bus": the hard thing is offered again at the needs questions.
      await noteHardAtSafety(session, text);
      return { safeguarding: harmNamedInSafeAnswer(text) ?? 'other' };
    case SafeAnswer.ratherNotSay:
      return { say: [ratherNotSayThanks(draft)] };
    default: {
      const misses = Number(position.data?.misses ?? '0') + 1;
      if (misses >= 2) return { say: [ratherNotSayThanks(draft)] };
      return { say: [{ key: SafeText.notUnderstood }], goTo: { step: Step.aboutMeSafe, data: { misses: String(misses) } } };
    }
  }
}

/** "yeah mostly, sometimes the corridors are a bit much": the yes at the front answers the question, and is no part of the need. */
function withoutLeadingYes(text: string): string {
  const rest = text.replace(/^\s*(?:(?:yes|yeah+|yeh|yep|yup|yh|ye|mostly|mainly|usually|i\s+think\s+so|i\s+guess|pretty\s+much)\b[\s,.!;:-]*)+/i, '');
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}

/** "like i said the corridors ..., the stairs ... are the worst. thats it really": the places, without the words around them. */
function thePlaceSaid(text: string): string {
  const rest = text
    .replace(/^\s*(?:like\s+i\s+(?:said|say|told\s+(?:you|u))|as\s+i\s+said)\b[\s,.:-]*/i, '')
    .replace(/[\s,.;-]*\b(?:that'?s|that\s+is)\s+(?:it|all)(?:\s+really)?[\s.!]*$/i, '')
    .trim();
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}
