import type { Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { YES_NO, type AfterCommand } from './commands';
import type { DialogContext } from './dialogKit';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { questionActivity } from './say';
import type { JourneySession } from './session';

/*
 * "Take out only the hope" for a hope with outcomes of its own: an outcome cannot stay with no hope,
 * so the bot says its outcomes would go too, keeps what makes it hard, and asks again. No outcome is
 * ever left pointing at a hope that is gone.
 */

export const HopeOutcomesTooText = {
  question: 'common:chatTalk.hopeOnlyOutcomesTooQuestion',
  removed: 'common:chatTalk.removedHopeAndItsOutcomes',
} as const;

/** The outcomes towards this hope: they cannot stay once it is gone. */
export const outcomesOfHope = (draft: Draft, hopeId: string): string[] => draft.outcomes.filter((o) => o.aspirationId === hopeId).map((o) => o.id);

/** Asks whether the hope may go with its outcomes (its hard things stay); the yes is read by answerEdit. */
export async function askOutcomesGoToo(dc: DialogContext, session: JourneySession, hope: { id: string; text: string }, count: number, position: Position | undefined): Promise<AfterCommand> {
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: hope.id, parts: 'outcomesToo' as const } }));
  const words = { key: HopeOutcomesTooText.question, vars: { item: quoteOf(hope.text), count } };
  await dc.context.sendActivity(
    questionActivity({ step: position?.step ?? Step.reviewSummary, topic: position?.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: position?.stage ?? Stage.review }),
  );
  return { then: 'wait' };
}
