import type { DialogContext } from './dialogKit';
import { isSmallTalk, onlyFiller, onlySaysUnsure, unsureWithAFeeling, type GlobalCommand } from '../src/language';
import { unsureWithWhy } from '../src/language/nothingToSay';
import { bluntNotSure } from '../src/language/bluntUnsure';
import { refusesForThisHope } from '../src/language/refusedForHope';
import { HELP_QUESTIONS } from './chatTalkReply';
import { isSafeguardingStep, Stage, Step } from './ids';
import { asksToChangeLastAnswer } from '../src/language/lastAnswerChange';
import { GentleCheckDialog } from './gentleCheckDialog';
import { SafeguardingDialog } from './safeguardingDialog';
import type { Question } from './say';
import { sessionOf, type JourneySession } from './session';
import { StageDialog } from './stageDialog';

/*
 * The question waiting for an answer, and how a message reads against it: the main dialog asks
 * these before deciding whether a message is an answer, a command, or talk about the chat.
 */

/** The question waiting for an answer, when a stage or the safety check has one open. */
export async function openQuestion(inner: DialogContext): Promise<Question | undefined> {
  const active = inner.activeDialog ? inner.findDialog(inner.activeDialog.id) : undefined;
  if (!(active instanceof StageDialog) && !(active instanceof SafeguardingDialog) && !(active instanceof GentleCheckDialog)) return undefined;
  return (await active.currentQuestion(sessionOf(inner.context))) ?? undefined;
}

/** "Easy read" is an answer at the reading-mode question, not the command; likewise any choice. */
export async function isChoiceOfOpenQuestion(
  inner: DialogContext,
  text: string,
  matches: (text: string, question: Question, words: JourneySession['words']) => unknown,
): Promise<boolean> {
  const question = await openQuestion(inner);
  return Boolean(question && (question.choices?.length || question.understand) && matches(text, question, sessionOf(inner.context).words));
}

/** The safety questions: the check and contact after a disclosure, and "Do you feel safe?" in About me. */
function keepsItsSafetyQuestion(step: string | undefined): boolean {
  return isSafeguardingStep(step) || step === Step.aboutMeSafe;
}

/** The command a message is, unless the open question takes it as its answer. */
export async function commandAt(inner: DialogContext, command: GlobalCommand | null, text: string): Promise<GlobalCommand | null> {
  if (!command) return null;
  // "can i change what i just said" at "Are you OK?" or "Do you feel safe?": never a way out of a safety question
  // left unanswered; the question's own reader hears it (and asks again). A plain "back" still goes back.
  if (command === 'back' && asksToChangeLastAnswer(text) && keepsItsSafetyQuestion(sessionOf(inner.context).journey.position?.step)) return null;
  const question = await openQuestion(inner);
  return question?.answersCommand?.(command, text) ? null : command;
}

/** "maybe", "idk maybe" at a question asking for their own words is "I'm not sure", never an answer. */
export async function unsureAtOpenQuestion(inner: DialogContext, text: string): Promise<GlobalCommand | null> {
  // "idk i dont really like school" at "what helps?" names no help: it is "I'm not sure" there.
  const position = sessionOf(inner.context).journey.position;
  const atHelp = HELP_QUESTIONS.has(position?.step ?? '');
  // "ummm", "hmm" at an outcome question is never the measure or the help: its ideas are given.
  const filler = position?.stage === Stage.outcomes && onlyFiller(text);
  // "I don't know. People don't really tell me that.": why they are not sure is still not sure.
  // "thats a stupid question. how am i supposed to know what other people think": not sure, said bluntly.
  if (!onlySaysUnsure(text) && !unsureWithWhy(text) && !bluntNotSure(text) && !(atHelp && unsureWithAFeeling(text)) && !filler) return null;
  const question = await openQuestion(inner);
  return question && !question.understand ? 'notSure' : null;
}

/** A kiss at the end ("thanks x") or alone ("x"): a sign-off, never an answer, even to a yes-or-no question. */
const SIGNED_WITH_A_KISS = /(?:^|[\s,.!])x{1,3}[\s.!]*$/i;

/** "thanks", "ok cool" at a question wanting the person's own words; "x" or "thanks x" at any question. */
export async function smallTalkAtOpenQuestion(inner: DialogContext, text: string): Promise<boolean> {
  if (!isSmallTalk(text)) return false;
  const question = await openQuestion(inner);
  return Boolean(question && (!question.understand || SIGNED_WITH_A_KISS.test(text.trim())));
}

/** "i dont want one for that", "skip this dream" at a question wanting their own words: "skip", never an answer. */
export async function refusalAtOpenQuestion(inner: DialogContext, text: string): Promise<GlobalCommand | null> {
  if (!refusesForThisHope(text)) return null;
  const question = await openQuestion(inner);
  // "skip the dinosaurs one" at "which hope next?" turns down that hope, which that question reads itself.
  return question && !question.understand && !question.readsRefusals ? 'skip' : null;
}

export { wholePlanAtChange } from './wholePlanAsked';
