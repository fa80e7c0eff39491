import { hardOfNamedHope, hopeSaidAlready, saysListEnded } from '../src/language/hardOfAnotherHope';
import { quoteHopeIn } from '../src/language/hopeItself';
import { hopesInDepth } from './hopesInDepth';
import { Step } from './ids';
import type { Position } from './journey';
import { keepNeed } from './needsKeep';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At "what makes this hard?":
 * - "thats it" as the first answer of the needs stage was typed for the hopes just finished: it is
 *   said so, and the question is asked again. Nothing is kept, and no hope is passed over.
 * - "wait no the manga one is hard. my hands shake ...": the hard thing is kept with the hope named,
 *   never with this one; then this hope's question is asked again.
 * - "i told u. animals": a complaint that the hope was said already; it is kept, and nothing else is.
 */

export const HardForAnotherHopeText = {
  hopesEnded: 'needs:hopesEndedLate',
  keptForHope: 'needs:hardKeptForHope',
  hopeKept: 'needs:hopeSaidAlready',
} as const;

/** "i told u. animals": said to be kept already, and the same question asked again. */
export async function hopeSaidAlreadyAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hope = hopeSaidAlready(text, (await session.draft())?.aspirations ?? []);
  if (!hope) return undefined;
  return { say: [{ key: HardForAnotherHopeText.hopeKept, vars: { hope: quoteHopeIn(hope.text, session.mode) } }], goTo: position };
}

export async function hopesEndedAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsBarrier || position.data?.another || !saysListEnded(text)) return undefined;
  const draft = await session.draft();
  const first = draft ? hopesInDepth(draft)[0] : undefined;
  if (!draft || !first || first.id !== position.topic || draft.needs.length > 0) return undefined;
  return { say: [{ key: HardForAnotherHopeText.hopesEnded }], goTo: { step: Step.needsBarrier, topic: position.topic } };
}

export async function hardOfAnotherHopeAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const topic = position.topic;
  const draft = await session.draft();
  if (!topic || !draft) return undefined;
  const said = hardOfNamedHope(text, draft.aspirations.filter((a) => a.id !== topic));
  if (!said) return undefined;
  const kept = await keepNeed(session, { ...position, step: Step.needsBarrier, topic: said.hope.id, data: {} }, said.hard);
  const moved = { key: HardForAnotherHopeText.keptForHope, vars: { hope: quoteHopeIn(said.hope.text, session.mode) } };
  return { say: [...(kept.say ?? []), moved], goTo: { step: Step.needsBarrier, topic } };
}
