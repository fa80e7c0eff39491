import { MIN_OUTCOMES } from '../src/domain/checks';
import type { Draft } from '../src/domain/draft';
import type { Position } from './journey';
import { cameFromReview } from './reviewAddHope';
import { OutcomeText as T } from './outcomeText';
import { HopesLeftText, LEFT, asksHopesLeft, hopesLeftWords } from './outcomeHopesLeft';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** "No, that's all": the hopes with no outcome yet are named first; the outcomes stage ends (encouraged once when there are too few). */
export function noMore(session: JourneySession, position: Position, draft: Draft, saidDone = false): Next {
  const data = position.data ?? {};
  const fromReview = cameFromReview(session.journey);
  const few = draft.outcomes.length < MIN_OUTCOMES && !fromReview;
  if (few && !data.encouraged && !data[LEFT] && !saidDone) return { goTo: { ...position, data: { encouraged: '1' } } };
  const left = !fromReview && asksHopesLeft(draft, position);
  // Asked once; after a nudge already, or "finish" in their own words, the hopes left are only named.
  if (left && !data.encouraged && !saidDone) return { goTo: { ...position, data: { [LEFT]: '1' } } };
  const named = left ? [{ key: HopesLeftText.noted, vars: { hopes: hopesLeftWords(draft) } }] : [];
  return { say: [...named, ...(few && saidDone ? [{ key: T.addLater }] : []), { key: T.finished }] };
}
