import type { Draft } from '../src/domain/draft';
import { safetyPlacesOf } from '../src/domain/lifeStage';
import { tellsOfCrowdedPushing } from '../src/language/crowdWorry';
import { HARM_OR_FEAR, hardBesideYes, harmNamedInSafeAnswer, namesOnlyBusyPlaces, readSafeButHard, rudenessFromPupils, unsafeAsked } from '../src/language/safeButHard';
import { hopeAfterAnswer } from '../src/language/hopeBesideAnswer';
import { saysHomeAloneWhileParentWorks } from '../src/language/homeAloneFine';
import { saysLoudButSafe } from '../src/language/loudButSafe';
import { someoneDoesToThem } from '../src/language/someoneDoesToThem';
import { questionsAfterSafeYes } from '../src/language/safeYesThenQuestions';
import { detectConcern, harmIsOnline, quoteOf } from '../src/language';
import { readHedgedSafe } from '../src/language/safeHedged';
import { keepHopeSaidEarly } from './aboutMeMisplaced';
import { putAboutMeRight } from './aboutMeCorrected';
import { isAboutAChild, wordsFor } from './aboutWhom';
import { keepHardThings } from './hardSaidAtHopes';
import { noteHardAtSafety } from './needsSafeOffer';
import { Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import { ANSWERED, type Next } from './stageDialog';
import { SafeText } from './aboutMeSafeText';
import { asksWhatSafeMeans, MOSTLY, SafeAnswer, safeAnswerOf, UNSAFE, wordsOnly, worryBesideYes, YES } from './safeAnswerRead';
import { askFollowUp, atSchool, FollowUpAfter, openFollowUp, ratherNotSayThanks, readFollowUpAnswer } from './safeFollowUp';

/** The data key the safety question keeps once answered, so carrying on after the safeguarding answer moves on. */
export const SAFE_ANSWERED = ANSWERED;

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
  // "Yes Lily is safe. But did you fix the name?": a yes, then questions about the plan, which wait for the read-back.
  if (!followUp && questionsAfterSafeYes(text)) return { say: [wordsFor(draft, SafeText.glad), { key: SafeText.questionsLater }] };
  // "yeh mostly. mum works nights so im on my own alot but its fine", from someone of 16 or over: ordinary
  // life, not a disclosure. Thanks and one gentle question; a yes to it, or harm or fear said, is heard.
  if (!followUp && sixteenOrOver(draft) && saysHomeAloneWhileParentWorks(text)) return askFollowUp(FollowUpAfter.alone);
  // "ye i can handle myself": a yes that leaves the door open, asked after softly; "yes. the door has a lock": about people.
  const hedged = followUp ? undefined : readHedgedSafe(text);
  if (hedged) return askFollowUp(hedged === 'copes' ? FollowUpAfter.copes : FollowUpAfter.literal);
  // "mostly yes. the bus drivers are rude sometimes tho": rudeness with no harm, fear or threat. No flag, and how to complain.
  // "at home yes. school mostly but he has massive meltdowns": a need, kept as one, then a gentle check rather than a flag.
  const hard = followUp === FollowUpAfter.need ? undefined : readSafeButHard(text, isAboutAChild(draft));
  // "year 9s stare at me in the corridor... its not like bullying": a teacher, if it gets worse; never a bus company.
  // "sometimes online people are rude about my chair": online, so no bus company to complain to; block, report, tell someone.
  if (hard === 'rudeness' && harmIsOnline(text)) return { say: [wordsFor(draft, SafeText.rudeOnline)] };
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
  // "mostly yeah. sometimes waiting for taxis late at night is a bit dodgy": transport that lets them down, the same.
  if ((hard === 'overwhelm' || hard === 'transport') && !followUp) {
    // "yeah mostly," answers the question: only what follows is kept.
    await keepHardThings(session, [withoutLeadingYes(text)], []);
    return askFollowUp(FollowUpAfter.mostly);
  }
  // "yes. corridors are to bussy tho": the yes answers the question; the busy place is kept as a hard thing and said back.
  if (hard === 'sensoryBesideYes' && !followUp) {
    const told = hardBesideYes(text);
    await keepHardThings(session, [told], []);
    return { say: [wordsFor(draft, SafeText.gladHardKept, { hard: quoteOf(told) })] };
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
  // "yes. home gets loud ... she shouts. but i am safe": safe said twice; a kind word and one place to talk, no crisis answer.
  if (saysLoudButSafe(text)) return { say: [wordsFor(draft, SafeText.loudButSafe)] };
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
      // "school is ok, sometimes boys laugh when i speak english": no rule names the harm, but the reading says
      // bullying; flagged as bullying, so the answer fits it (in proportion for mocking only, safeguardingAnswer.ts).
      // "the man on the bus always puts his hand on my knee": no rule reads it, but someone doing it names the harm.
      await noteHardAtSafety(session, text);
      return { safeguarding: harmNamedInSafeAnswer(text) ?? someoneDoesToThem(text) ?? (detectConcern(text).category === 'bullying' ? 'bullying' : 'other') };
    case SafeAnswer.ratherNotSay:
      return { say: [ratherNotSayThanks(draft)] };
    default: {
      const misses = Number(position.data?.misses ?? '0') + 1;
      if (misses >= 2) return { say: [ratherNotSayThanks(draft)] };
      return { say: [{ key: SafeText.notUnderstood }], goTo: { step: Step.aboutMeSafe, data: { misses: String(misses) } } };
    }
  }
}

/** Someone of 16 or over speaking for themselves: being home alone while a parent works is ordinary at this age. */
function sixteenOrOver(draft: Draft | undefined): boolean {
  const person = draft?.youngPerson;
  return !isAboutAChild(draft) && ((person?.age ?? 0) >= 16 || (person?.schoolYear ?? 0) >= 12);
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
