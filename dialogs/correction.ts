import { removeItem, updateOutcome } from '../src/domain/draft';
import { Step } from './ids';
import { parseItemId } from '../src/domain/itemIds';
import { questionKey, steppedBack, type Position } from './journey';
import type { JourneySession } from './session';

/**
 * "thats not what i meant", "wait no ...": what the question before kept from their answer is
 * taken out, and that question is asked again. Undefined when it kept nothing (then the bot only
 * says sorry). Outcome parts are rewritten by their own read-back and are left alone.
 */
export async function undoLastAnswer(session: JourneySession): Promise<Position | undefined> {
  const back = steppedBack(session.journey);
  if (!back?.position) return undefined;
  // "i said no. the words are wrong" after an outcome was saved: its words are asked for again.
  const outcomeId = back.position.step === Step.outcomeConfirm ? back.position.data?.outcomeId : undefined;
  if (outcomeId) {
    await session.updateDraft('outcome reopened', (draft) => updateOutcome(draft, outcomeId, { confirmed: false }));
    const reopened = { ...back.position, data: { outcomeId, rewording: '1' } };
    await session.updateJourney(() => ({ ...back, position: reopened, revisiting: false }));
    return reopened;
  }
  const key = questionKey(back.position);
  const kept = (back.answered[key] ?? []).filter((id) => parseItemId(id).kind !== 'outcomePart');
  if (kept.length === 0) return undefined;
  // Reverse order, so removing a listed entry does not shift the index of the next one.
  await session.updateDraft('answer taken back', (draft) => [...kept].reverse().reduce((d, id) => removeItem(d, id), draft));
  await session.updateJourney(() => ({ ...back, revisiting: false, answered: { ...back.answered, [key]: [] } }));
  return back.position;
}
