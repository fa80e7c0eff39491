import { recogniseYesNo } from '../src/language';
import { notThisHope } from '../src/language/notThisHope';
import { answerAnother } from './outcomeAnother';
import { Stage, Step } from './ids';
import { readDoneChanging } from '../src/language/doneChanging';
import type { Draft, Outcome } from '../src/domain/draft';
import type { Position } from './journey';
import { answerOutcomeConfirm } from './outcomeConfirm';
import { EDITING_MEASURE } from './outcomeConfirmField';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At an outcome's read-back, after a part was put right: "None. Please show me the whole outcome"
 * reads the whole outcome back again, and "I do not want to change anything else" agrees to it as a
 * yes would. Neither is ever taken as new words for the outcome.
 */
export async function answerConfirmOrDone(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, text: string): Promise<Next> {
  // "yes thats right. and no more for the flat hope": the yes answers the read-back; then no more goals for that hope.
  const noMoreFor = notThisHope(text);
  if (noMoreFor?.doneWith && noMoreFor.before && !noMoreFor.named && recogniseYesNo(noMoreFor.before) === 'yes') {
    const saved = await answerConfirmOrDone(session, position, draft, outcome, noMoreFor.before);
    if (saved.goTo?.step !== Step.outcomeAnother) return saved;
    const after = await answerAnother(session, { stage: Stage.outcomes, ...saved.goTo, step: Step.outcomeAnother }, 'no');
    return { ...after, say: [...(saved.say ?? []), ...(after.say ?? [])] };
  }
  const done = position.data?.[EDITING_MEASURE] ? null : readDoneChanging(text);
  // The read-back itself, without the "type it the way you'd like it" that a change opened.
  if (done === 'show') return { goTo: { ...position, data: { outcomeId: outcome.id, ...(position.data?.written === '1' ? { written: '1' } : {}) } } };
  return answerOutcomeConfirm(session, { ...position, data: done === 'done' ? withoutAsking(position.data) : (position.data ?? {}) }, draft, outcome, done === 'done' ? 'yes' : text);
}

/** "Nothing else to change" agrees to the sentence read back: the asking for new words is closed. */
function withoutAsking(data: Position['data']): NonNullable<Position['data']> {
  const { rewording: _r, sayIt: _s, ...rest } = data ?? {};
  return rest;
}
