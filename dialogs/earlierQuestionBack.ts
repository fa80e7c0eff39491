import type { DialogContext, DialogTurnResult } from './dialogKit';
import { aboutMePartNamed, earlierQuestionAsked, type AboutMePart } from '../src/language/earlierQuestion';
import { askedAboutSafety } from './aboutMeSafe';
import type { ChatHost } from './chatTalk';
import { Stage, Step, type StageId, type StepId } from './ids';
import { positionSchema, type Position } from './journey';
import { sayAll } from './say';
import { sessionOf } from './session';
import type { Next } from './stageDialog';

/*
 * "sorry what was the question about strengths", "no. delete that. go back to the help question",
 * "can we go back to the question about school": the "about me" question they name is asked again,
 * exactly that one, and every answer is kept. Once it is answered the chat goes back to where it
 * was, never through the questions after it. Read before any take-back or yes / no, so it is never
 * new words for the last answer, nor a hope, nor a "not always".
 */

export const EARLIER_QUESTION_AGAIN = 'common:earlierQuestionAgain';

/** Position data: the question to go back to once the earlier one is answered. */
const BACK_TO = 'backTo';

/** The "about me" questions in order. */
const ABOUT_ME_STEPS: Readonly<Record<AboutMePart, StepId>> = {
  strengths: Step.aboutMeStrengths,
  important: Step.aboutMeImportant,
  support: Step.aboutMeSupport,
  safe: Step.aboutMeSafe,
};
const ORDER: readonly StepId[] = Object.values(ABOUT_ME_STEPS);

/** Stages after which an "about me" question may be asked for again (the review changes its own answers). */
const LATER: ReadonlySet<StageId> = new Set([Stage.hopes, Stage.needs, Stage.outcomes]);

/** The turn's result when an earlier "about me" question was asked for again; undefined otherwise. */
export async function openEarlierQuestion(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || (at.stage !== Stage.aboutMe && !LATER.has(at.stage))) return undefined;
  const words = earlierQuestionAsked(text);
  const part = words ? aboutMePartNamed(words) : null;
  if (!part) return undefined;
  const step = ABOUT_ME_STEPS[part];
  // Only a question before the open one; feeling safe only where it is asked.
  if (at.stage === Stage.aboutMe && ORDER.indexOf(step) >= ORDER.indexOf(at.step)) return undefined;
  if (step === Step.aboutMeSafe && !askedAboutSafety(await session.draft())) return undefined;
  await sayAll(inner.context, session.t, [{ key: EARLIER_QUESTION_AGAIN }]);
  return host.openAt(inner, { stage: Stage.aboutMe, step, data: { [BACK_TO]: JSON.stringify({ stage: at.stage, step: at.step, ...(at.topic ? { topic: at.topic } : {}) }) } });
}

/** After an earlier question asked for again is answered: back to where the chat was, or that question's own next step. */
export function backAfterEarlier(position: Position, next: Next): Next {
  const back = position.data?.[BACK_TO];
  if (!back || next.openAt || next.stopChat || next.safeguarding) return next;
  // Asked again or followed up: the way back is kept with it.
  if (next.goTo?.step === position.step) return { ...next, goTo: { ...next.goTo, data: { ...next.goTo.data, [BACK_TO]: back } } };
  const parsed = positionSchema.safeParse(JSON.parse(back));
  return parsed.success ? { ...(next.say ? { say: next.say } : {}), openAt: parsed.data } : next;
}
