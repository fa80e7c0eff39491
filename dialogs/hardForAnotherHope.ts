import { hardAfterHopePointer, hardOfNamedHope, hopeSaidAlready, saidNotAHardThing, saysListEnded } from '../src/language/hardOfAnotherHope';
import { namesNeed } from '../src/language/sameAsBefore';
import { quoteNeed } from '../src/language';
import { removeItem } from '../src/domain/draft';
import { unlinkNeedFromHope } from '../src/domain/linkNeed';
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
 * - "befor isnt a hard thing" at what helps: that hard thing is taken off this hope, never kept as help.
 * - "i told u. animals": a complaint that the hope was said already; it is kept, and nothing else is.
 */

export const HardForAnotherHopeText = {
  hopesEnded: 'needs:hopesEndedLate',
  keptForHope: 'needs:hardKeptForHope',
  hopeKept: 'needs:hopeSaidAlready',
  takenOff: 'needs:notForThisHope.unlinked',
} as const;

/** "wot? befor isnt a hard thing. i ment its the same hope" at what helps: that hard thing is taken off; nothing is help. */
export async function notAHardThingAtHelps(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const topic = position.topic;
  const named = topic && position.step === Step.needsHelps ? saidNotAHardThing(text) : undefined;
  const draft = await session.draft();
  if (!named || !topic || !draft) return undefined;
  const asked = (position.data?.need ?? '').split(' ');
  const wrong = draft.needs.filter((n) => asked.includes(n.id) && namesNeed(named.split(' '), n.text));
  if (wrong.length === 0) return undefined;
  const after = await session.updateDraft('hard thing taken off', (d) => wrong.reduce((next, n) => (n.aspirationIds.length > 1 ? unlinkNeedFromHope(next, n.id, topic) : removeItem(next, n.id)), d));
  const left = after.needs.some((n) => n.aspirationIds.includes(topic));
  return { say: [{ key: HardForAnotherHopeText.takenOff, vars: { needs: wrong.map((n) => `"${quoteNeed(n.text)}"`).join(', ') } }], goTo: { step: left ? Step.needsMore : Step.needsBarrier, topic } };
}

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
  // "yes the hope about friends, hes shy with other kids": the pointer names the hope, and is never kept.
  const said = hardOfNamedHope(text, draft.aspirations.filter((a) => a.id !== topic)) ?? hardAfterHopePointer(text, draft.aspirations);
  if (!said) return undefined;
  if (said.hope.id === topic) return keepNeed(session, position, said.hard);
  const kept = await keepNeed(session, { ...position, step: Step.needsBarrier, topic: said.hope.id, data: {} }, said.hard);
  const moved = { key: HardForAnotherHopeText.keptForHope, vars: { hope: quoteHopeIn(said.hope.text, session.mode) } };
  // At "anything else?" this hope's hard things are kept already: only more is asked for.
  const again = position.step === Step.needsMore ? Step.needsMore : Step.needsBarrier;
  return { say: [...(kept.say ?? []), moved], goTo: { step: again, topic } };
}
