import { MIN_OUTCOMES } from '../src/domain/checks';
import type { Draft } from '../src/domain/draft';
import { hopeNamedBy } from '../src/language';
import { noMoreForHope } from '../src/language/noMoreForHope';
import { Step } from './ids';
import type { Position } from './journey';
import { hopesToWorkOn } from './outcomeThread';
import { cameFromReview } from './reviewAddHope';
import { OutcomeText as T } from './outcomeText';
import { HopesLeftText, LEFT, asksHopesLeft, hopesLeftWords } from './outcomeHopesLeft';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/** "No, that's all": the hopes with no outcome yet are named first; the outcomes stage ends (encouraged once when there are too few). */
export function noMore(session: JourneySession, position: Position, draft: Draft, saidDone = false, scopeUnclear = false): Next {
  const data = position.data ?? {};
  const fromReview = cameFromReview(session.journey);
  // "no thats all" may mean no more for this hope only: the hopes with none are named and asked about once.
  if (scopeUnclear && !fromReview && !data.encouraged && asksHopesLeft(draft, position)) return { goTo: { ...position, data: { [LEFT]: '1' } } };
  const few = draft.outcomes.length < MIN_OUTCOMES && !fromReview;
  if (few && !data.encouraged && !data[LEFT] && !saidDone) return { goTo: { ...position, data: { encouraged: '1' } } };
  const left = !fromReview && asksHopesLeft(draft, position);
  // Asked once; after a nudge already, or "finish" in their own words, the hopes left are only named.
  if (left && !data.encouraged && !saidDone) return { goTo: { ...position, data: { [LEFT]: '1' } } };
  const named = left ? [{ key: HopesLeftText.noted, vars: { hopes: hopesLeftWords(draft) } }] : [];
  return { say: [...named, ...(few && saidDone ? [{ key: T.addLater }] : []), { key: T.finished }] };
}

/**
 * "no thats all for that one", "nothing else for football": no more goals for that hope only. The next
 * hope with no goal yet is asked about, as a plain no would never do; with none left, it is a plain no.
 * Words that name no hope of theirs are left to the other readers.
 */
export function noMoreForThisHope(session: JourneySession, position: Position, draft: Draft, text: string): Next | undefined {
  const said = noMoreForHope(text);
  if (!said) return undefined;
  const hope = said.named ? hopeNamedBy(said.named, draft.aspirations, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)).hope : draft.aspirations.find((a) => a.id === position.topic);
  if (!hope) return undefined;
  const next = hopesToWorkOn(draft).find((h) => h.id !== hope.id && !draft.outcomes.some((o) => o.aspirationId === h.id));
  if (!next) return noMore(session, position, draft);
  return { goTo: { step: Step.outcomeStep, topic: next.id, data: {} } };
}
