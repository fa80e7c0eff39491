import type { TurnContext } from 'botbuilder';
import { asksIfFamilySees } from '../src/language/familySees';
import { speaksForThem } from './aboutWhom';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "can his birth mum read it?", "does she get a copy? she has parental responsibility": the honest
 * answer, once, in place of "only you can see your answers". The draft is theirs to share; the
 * council's final plan usually goes to the parents, so private things are checked before they are
 * written. Never kept as an answer.
 */

export const FamilySeesText = {
  draft: 'common:familySees.draft',
  finalPlan: 'common:familySees.finalPlan',
  private: 'common:familySees.private',
  takeOut: 'common:familySees.takeOut',
  draftSelf: 'common:familySees.draftSelf',
  finalPlanSelf: 'common:familySees.finalPlanSelf',
  privateSelf: 'common:familySees.privateSelf',
} as const;

/** Answers whether a parent sees or gets the plan; false when the message does not ask it. */
export async function answeredFamilySees(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!asksIfFamilySees(text)) return false;
  const forThem = speaksForThem(await session.draft());
  const T = FamilySeesText;
  await sayAll(context, session.t, forThem ? [{ key: T.draft }, { key: T.finalPlan }, { key: T.private }, { key: T.takeOut }] : [{ key: T.draftSelf }, { key: T.finalPlanSelf }, { key: T.privateSelf }, { key: T.takeOut }]);
  return true;
}
