import { measureReadBack } from '../src/language/measureReadBack';
import { quoteHopeIn } from '../src/language/hopeItself';
import { withoutFillerAroundDoing } from '../src/language/fillerAroundDoing';
import { withHopesPlace } from '../src/language/placeForThere';
import { speaksForThem } from './aboutWhom';
import { WHAT_GOOD } from './outcomeDoesForMe';
import { isFirstRefusal } from './outcomeStepRefused';
import type { Draft, Outcome } from '../src/domain/draft';
import { isGoodSentence, needsTidying, outcomeSentence, quoteOf, quoteWhole, tidyTextSpeak } from '../src/language';
import { staysWithTheChild } from '../src/language/outcomeSentence';
import { readFirstWord, withVerbFromHope } from '../src/language/verbFirst';
import { readPolarity } from '../src/language/polarity';
import { Step } from './ids';
import type { Position } from './journey';
import { ANOTHER_CHOICES, CONFIRM_CHOICES, EARLY_YEARS_STEP, OutcomeText as T } from './outcomeText';
import { isEarlyYears } from './outcomeTimeframes';
import { whenQuestionParts } from './outcomeWhen';
import type { Question } from './say';
import type { Translate } from '../src/i18n';
import type { GlobalCommand } from '../src/language';
import { readYesNo } from '../src/language/closedAnswers';
import { YES_NO } from './commands';
import { NEXT, WHICH, whichHopesList } from './outcomeWhichHope';
import { HopesLeftText, LEFT, LEFT_CHOICES, hopesLeftWords, otherHopesLeft } from './outcomeHopesLeft';
import { DROP, DROP_CHOICES, dropAskedAt, isBuilding, REDO, REDO_CHOICES, understandDrop } from './outcomeDrop';
import { exampleKeyFor, fitsTheAge } from './outcomeExamples';
import { STOP_WHICH, STOP_WHICH_CHOICES, stopAskedAt, understandStopWhich } from './outcomeStop';
import { changeDateVars } from './outcomeMeasure';
import { MEASURE_COACHED, MEASURE_SAME_AS_GOAL, MEASURE_WHO_SEES, NEW_WHEN } from './measureKeys';
import { understandConfirm, understandMore } from './closedReplies';
import { EDITING_MEASURE, THEIR_WORDS } from './outcomeConfirmField';
import { saysWhoWillDoWhat } from '../src/language/willSaid';
import { WHICH_PART, WHICH_PART_CHOICES, understandWhichPart } from './outcomeConfirmPart';
import { moveOfferQuestion } from './outcomeMoveOffer';
import { saysNextOne } from '../src/language/offeredStepTaken';
import { EXPLAINED, makesPossibleAgain, makesPossibleAskKey, WITHOUT_EXAMPLE } from './makesPossibleAsk';

/*
 * The questions of the outcome stage as they are asked for a position: in the person's voice or,
 * for a parent or carer, about their child by name; and the read-back of an outcome.
 */

/** The open question at an outcome step. */
/**
 * A quote read back as a sentence: with its full stop, unless it was cut short. A measure of two
 * short sentences is read back whole ("My job coach will see me do it. I will have done it five times
 * on my own."); only a long one is cut, and then marked with "…".
 */
const quotedSentence = (text: string): string => {
  const quoted = quoteWhole(text);
  return /[.!?…]$/.test(quoted) ? quoted : `${quoted}.`;
};

export function outcomeQuestion(draft: Draft | undefined, position: Position, today: Date, t?: Translate): Question {
  const name = draft?.youngPerson.name ?? '';
  const child = speaksForThem(draft) && name !== '';
  const early = isEarlyYears(draft);
  // Under 5 the first step is asked for the next six months: the early-years wording, when there is one.
  const pick = (self: string, forChild: string) => {
    const key = child ? forChild : self;
    return (early ? EARLY_YEARS_STEP[key] : undefined) ?? key;
  };
  const hope = quoteHopeIn(draft?.aspirations.find((a) => a.id === position.topic)?.text ?? '', draft?.youngPerson.readingMode);
  const data = position.data ?? {};
  const ask = (key: string, extra: Partial<Question> = {}): Question => ({
    step: position.step,
    ...(position.topic ? { topic: position.topic } : {}),
    words: { key, vars: { name, hope, quote: data.quote ?? '', ...(data.coach === 'vague' && t ? { example: t(fitsTheAge(exampleKeyFor(draft, position.topic), early)) } : {}) } },
    ...extra,
  });
  // "Shall we leave this outcome out?", asked when they want out of it half built.
  if (data[DROP] && data[REDO]) return ask(child ? T.redoQuestionChild : T.redoQuestion, { choices: REDO_CHOICES, understand: understandDrop });
  if (data[DROP]) return ask(child ? T.dropQuestionChild : T.dropQuestion, { choices: DROP_CHOICES, understand: understandDrop });
  // "That may fit your hope ... better. Shall I put it there?", asked before the step is moved.
  const moveOffer = moveOfferQuestion(draft, position, child, name);
  if (moveOffer) return moveOffer;
  // "Stop this outcome, or stop chatting for now?", asked when "stop" could mean either.
  if (data[STOP_WHICH]) return ask(child ? T.stopWhichQuestionChild : T.stopWhichQuestion, { choices: STOP_WHICH_CHOICES, understand: understandStopWhich });
  // At the questions building an outcome, "skip this one" or "forget it" is about the outcome, not a command;
  // a bare "stop" there may be about it too, so it is asked about rather than ending the chat.
  const building = isBuilding(position.step) || position.step === Step.outcomeStep
    ? { answersCommand: (_command: GlobalCommand, text: string) => dropAskedAt(position, text) !== undefined || stopAskedAt(position, text) !== undefined || isFirstRefusal(position, text) }
    : position.step === Step.outcomeAnother
      ? // "next one" there is the next outcome (the one offered, when there is one), never "skip".
        { answersCommand: (command: GlobalCommand, text: string) => command === 'skip' && saysNextOne(text) }
      : {};
  const question = outcomeQuestionAt(draft, position, today, ask, pick, child, t);
  return { ...question, ...building };
}

type Ask = (key: string, extra?: Partial<Question>) => Question;

/** "What would it make possible?"; once explained (`t` given), the same asked in other words with its example. */
function makesPossibleAsked(ask: Ask, key: string, name: string, child: boolean, t: Translate | undefined): Question {
  if (!t) return ask(key);
  const again = makesPossibleAgain(t(key, { name }), child);
  return ask(again.key, { words: { key: again.key, vars: { name, example: again.example ?? '' } } });
}

function outcomeQuestionAt(draft: Draft | undefined, position: Position, today: Date, ask: Ask, pick: (self: string, forChild: string) => string, child: boolean, t?: Translate): Question {
  const name = draft?.youngPerson.name ?? '';
  const data = position.data ?? {};
  switch (position.step) {
    case Step.outcomeMeasure:
      if (data[NEW_WHEN]) return ask(T.measureChangeDate, { choices: YES_NO, understand: readYesNo, words: { key: T.measureChangeDate, vars: changeDateVars(draft, data) } });
      if (data[MEASURE_SAME_AS_GOAL]) return ask(pick(T.measureSameAsGoal, T.measureSameAsGoalChild));
      if (data[MEASURE_WHO_SEES]) return ask(pick(T.measureWhoSees, T.measureWhoSeesChild));
      if (data[MEASURE_COACHED]) {
        const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
        return ask(pick(T.measureSeen, T.measureSeenChild), { words: { key: pick(T.measureSeen, T.measureSeenChild), vars: { name, quote: data.quote ?? '', step: quoteOf(outcome?.statement ?? '') } } });
      }
      return ask(pick(T.measureQuestion, T.measureQuestionChild));
    case Step.outcomeWhen: {
      const when = whenQuestionParts(draft, position, today, child);
      return ask(when.key, { choices: when.choices, ...(when.understand ? { understand: when.understand } : {}), ...(when.vars ? { words: { key: when.key, vars: { name, ...when.vars } } } : {}) });
    }
    case Step.outcomeDoesForMe:
      // After a bare "good": one question to make it concrete.
      if (data[WHAT_GOOD]) return ask(pick(T.doesForMeWhatGood, T.doesForMeWhatGoodChild));
      return ask(pick(T.doesForMeQuestion, T.doesForMeQuestionChild));
    case Step.outcomeMakesPossible:
      if (data.link) return ask(pick(T.linkQuestion, T.linkQuestionChild));
      return makesPossibleAsked(ask, makesPossibleAskKey(draft, draft?.outcomes.find((o) => o.id === data.outcomeId), child, t, data[WITHOUT_EXAMPLE] === '1'), name, child, data[EXPLAINED] === '1' ? t : undefined);
    case Step.outcomeProvides:
      // Asked again after an answer that was not help: only the help part of the question.
      return ask(data.notHelp ? pick(T.providesHelp, T.providesHelpChild) : pick(T.providesQuestion, T.providesQuestionChild));
    case Step.outcomeConfirm: {
      const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
      // The words kept so far are shown with "Start with 'I will'", so they can see what to say again.
      if (data.sayIt && outcome?.statement) return ask(pick(T.stepSayItShown, T.stepSayItShownChild), { words: { key: pick(T.stepSayItShown, T.stepSayItShownChild), vars: { name, statement: outcome.statement } } });
      if (data.sayIt) return ask(pick(T.stepSayIt, T.stepSayItChild));
      if (data[EDITING_MEASURE]) return ask(pick(T.confirmMeasureAsk, T.confirmMeasureAskChild));
      if (data[WHICH_PART]) return ask(T.whichPart, { choices: WHICH_PART_CHOICES, understand: understandWhichPart });
      if (data.rewording || !outcome || !draft) return ask(T.confirmReword);
      const statement = proposedStatement(draft, outcome, data.written === '1');
      if (!readBackShown(draft, statement, data)) return ask(pick(T.stepSayIt, T.stepSayItChild));
      // How everyone will know is read back with every outcome (tidied when typed in text-speak), so the yes agrees to both.
      // "because i will have gone every week" is read back as "I will have gone every week.".
      const measure = outcome.measure ? measureReadBack(needsTidying(outcome.measure) ? tidyTextSpeak(outcome.measure) : outcome.measure) : '';
      const key = measure ? pick(T.confirmWithMeasure, T.confirmWithMeasureChild) : pick(T.confirmQuestion, T.confirmQuestionChild);
      return { ...ask('', { choices: CONFIRM_CHOICES, understand: understandConfirm }), words: { key, vars: { name, statement, ...(measure ? { measure: quotedSentence(measure) } : {}) } } };
    }
    case Step.outcomeAnother:
      // "skip the dinosaurs one", "not that one": which hope is next, or none, is read by this question's own answer.
      if (data[LEFT]) {
        const key = child ? HopesLeftText.questionChild : HopesLeftText.question;
        return { ...ask(key, { choices: LEFT_CHOICES, readsRefusals: true }), words: { key, vars: { name, hopes: hopesLeftWords(draft) } } };
      }
      if (data[WHICH]) {
        // "Which hope shall we work on next?" after a plain yes; "which hope is it for?" after a step or a topic.
        const key = data[NEXT] ? (child ? T.whichNextChild : T.whichNext) : child ? T.whichHopeChild : T.whichHope;
        return { ...ask(key, { readsRefusals: true }), words: { key, vars: { name, hopes: whichHopesList(draft, data) } } };
      }
      // With other hopes still without an outcome, the question says it is not only about this hope.
      const plain = otherHopesLeft(draft, position.topic) ? pick(HopesLeftText.anotherScoped, HopesLeftText.anotherScopedChild) : pick(T.anotherQuestion, T.anotherQuestionChild);
      return ask(data.encouraged ? pick(T.anotherEncourage, T.anotherEncourageChild) : plain, { choices: ANOTHER_CHOICES, understand: understandMore, readsRefusals: true });
    case Step.outcomeStep:
    default:
      switch (data.coach) {
        case 'provision':
          // "join in at story time" fits a young child; a child over 7 is given an example that fits them.
          return ask(pick(T.stepAfterProvision, (draft?.youngPerson.age ?? 0) > 7 ? T.stepAfterProvisionOlder : T.stepAfterProvisionChild));
        case 'tooBig':
          return ask(pick(T.stepSmaller, T.stepSmallerChild));
        case 'vague':
          return ask(pick(T.stepVague, T.stepVagueChild));
        case 'sayIt':
          return ask(pick(T.stepSayIt, T.stepSayItChild));
        case 'target':
          return ask(pick(T.stepAfterTarget, T.stepAfterTargetChild));
        case 'need':
          return ask(pick(T.stepAfterNeed, T.stepAfterNeedChild));
        case 'same':
          return ask(pick(T.stepDifferent, T.stepDifferentChild));
        case 'about':
          return ask(pick(T.stepAbout, T.stepAboutChild));
        default:
          return ask(pick(T.stepQuestion, T.stepQuestionChild));
      }
  }
}

/**
 * Whether the read-back is shown for a yes: a sentence of who will do what, or their own words kept
 * after being asked once ("i will rite lego storys"). "I will help him count" or "Leo will help me
 * count" from a carer is not: they are asked to say it as the child's own doing. A yes to a sentence
 * shown is always agreed, so this is the one test for both.
 */
export function readBackShown(draft: Draft, statement: string, data: Record<string, string>): boolean {
  const { childName } = childVoice(draft);
  const good = (isGoodSentence(statement) || saysWhoWillDoWhat(statement, childName)) && staysWithTheChild(statement, childName);
  return good || data[THEIR_WORDS] === '1';
}

/** Whether the open read-back question is "Say it as one thing you will do": by its note, or because the read-back is not shown. */
export function sayItOpen(draft: Draft, outcome: Outcome, data: Record<string, string>): boolean {
  if (data.sayIt) return true;
  if (data.rewording || data[WHICH_PART] || data[EDITING_MEASURE]) return false;
  return !readBackShown(draft, proposedStatement(draft, outcome, data.written === '1'), data);
}

/** A bare yes or no, read by the same reader as every yes / no question ("I suppose so", "nah"). */
export function yesNoAsConfirm(text: string): 'yes' | 'change' | undefined {
  const { answer, rest } = readPolarity(text);
  if (answer === 'yes' && !rest) return 'yes';
  if (answer === 'no' && !rest) return 'change';
  return undefined;
}

export function childVoice(draft: Draft): { childName?: string } {
  return speaksForThem(draft) ? { childName: draft.youngPerson.name ?? '' } : {};
}

/**
 * The read-back: the person's own step as one sentence, with their timeframe; the measure stays a
 * field of its own. A sentence already written from their new words (`written`) is read back as it is.
 */
export function proposedStatement(draft: Draft, outcome: Outcome, written = false, tidy = true): string {
  if (outcome.confirmed) return outcome.statement;
  // Text-speak ("cant", "wiv") is spelled out in the read-back; the person's yes is what keeps it.
  // A sentence already led by its time and said as "Kuba will ..." / "I will ..." is never led again:
  // what was read back is what is kept ("In 6 months (by June 2027), Kuba will (by June 2027), Kuba will ...").
  // "I will like maybe get the bus on my own i think": the thinking words around the doing are not read back.
  if (written || isLedSentence(outcome.statement, childVoice(draft).childName)) return tidy ? withoutFillerAroundDoing(tidyTextSpeak(outcome.statement)) : outcome.statement;
  // "when i start colij" is read back spelled out too, like the step beside it.
  const timeframe = tidy && outcome.timeframe ? { ...outcome.timeframe, phrase: spelledPhrase(outcome.timeframe.phrase) } : outcome.timeframe;
  const step = tidy ? tidyTextSpeak(outcome.statement) : outcome.statement;
  return outcomeSentence({ step: withHopesVerb(draft, outcome, step), timeframe, ...childVoice(draft) });
}

/** "gardn centr" for the hope "work at a garden centre": read back as "work at a garden centre"; a verb is never guessed. */
// "do work experience there" for "work at the garden centre": read back "at the garden centre", to confirm or change.
function withHopesVerb(draft: Draft, outcome: Outcome, step: string): string {
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text;
  if (readFirstWord(step) === 'verb') return hope ? withHopesPlace(step, hope) : step;
  return (hope && withVerbFromHope(step, hope)) ?? step;
}

/** A time phrase with its text-speak spelled out, its first letter as typed. */
function spelledPhrase(phrase: string): string {
  const tidied = tidyTextSpeak(phrase);
  return phrase.charAt(0) + tidied.slice(1);
}

/** "By June 2027, Kuba will ...", "In 6 months (by June 2027), I will ...": a whole sentence with its time in the lead. */
function isLedSentence(statement: string, childName: string | undefined): boolean {
  const who = childName ? `(?:I|${childName.replace(/[^\p{L}' -]/gu, '')})` : 'I';
  const led = new RegExp(`^(?:by|in|before|within|until|at|around|when|after|during|this|next|from)\\b[^,.!?]{2,80},\\s*${who}\\s+will\\b`, 'iu');
  return led.test(statement.trim()) && isGoodSentence(statement);
}
