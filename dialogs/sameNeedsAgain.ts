import { addNeed, type Draft, type Need } from '../src/domain/draft';
import { needSection, quoteOf } from '../src/language';
import { namesNeed, readSameAsBefore } from '../src/language/sameAsBefore';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "same as before, the reading and changes" at "what makes this hard?" for another hope: the
 * needs already given (those named, else those of the hope before) are linked to this hope too,
 * and the bot says which. Words that name nothing kept are kept as a new need.
 */

const LINKED = 'needs:sameAsBefore.linked';
const ALREADY = 'needs:sameAsBefore.already';

/** "the reading like i said" about a need this hope has already: nothing new is kept. */
function alreadyHere(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  return named.length > 0 ? draft.needs.filter((n) => n.aspirationIds.includes(hopeId) && namesNeed(named, n.text)) : [];
}

/** The needs said before this hope's turn: those named, else those of the hope before (or all). */
function earlierNeeds(draft: Draft, hopeId: string, named: readonly string[]): Need[] {
  const others = draft.needs.filter((n) => !n.aspirationIds.includes(hopeId));
  if (named.length > 0) return others.filter((n) => namesNeed(named, n.text));
  const order = draft.aspirations.map((a) => a.id);
  const before = order.slice(0, Math.max(0, order.indexOf(hopeId))).reverse().find((id) => others.some((n) => n.aspirationIds.includes(id)));
  return before ? others.filter((n) => n.aspirationIds.includes(before)) : others;
}

/**
 * Read before talk about the chat, so "same as before" is never heard as a complaint when there is
 * something from before to link; with nothing yet, it is talk about the chat as before.
 */
export async function pointsAtEarlierNeeds(session: JourneySession, at: Position, text: string): Promise<boolean> {
  const same = readSameAsBefore(text);
  if ((at.step !== Step.needsBarrier && at.step !== Step.needsMore) || !at.topic || same === null) return false;
  const draft = await session.draft();
  return (draft?.needs ?? []).some((n) => !n.aspirationIds.includes(at.topic!)) || (draft ? alreadyHere(draft, at.topic, same.named).length > 0 : false);
}

export async function sameNeedsAgain(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopeId = position.topic;
  const same = hopeId ? readSameAsBefore(text) : null;
  const draft = await session.draft();
  if (!same || !hopeId || !draft?.aspirations.some((a) => a.id === hopeId)) return undefined;
  const found = earlierNeeds(draft, hopeId, same.named);
  // "yes the reading like i said" about this hope's own need: it is kept already, and not again.
  const here = found.length === 0 ? alreadyHere(draft, hopeId, same.named) : [];
  if (here.length > 0) {
    const list = here.map((n) => `"${quoteOf(n.text)}"`).join(', ');
    return { say: [{ key: ALREADY, vars: { needs: list } }], goTo: { step: Step.needsMore, topic: hopeId } };
  }
  // "same as before, and the noise": named words that match nothing kept are a new need.
  const fresh = same.named.length > 0 && found.length === 0 ? same.rest : '';
  const linked = fresh ? earlierNeeds(draft, hopeId, []) : found;
  if (linked.length === 0) return undefined;
  await session.updateDraft('needs linked to another hope', (d) => {
    const withLinks = { ...d, needs: d.needs.map((n) => (linked.some((l) => l.id === n.id) ? { ...n, aspirationIds: [...n.aspirationIds, hopeId] } : n)) };
    return fresh ? addNeed(withLinks, fresh, [hopeId], needSection(fresh)).draft : withLinks;
  });
  const list = [...linked.map((n) => n.text), ...(fresh ? [fresh] : [])].map((t) => `"${quoteOf(t)}"`).join(', ');
  return { say: [{ key: LINKED, vars: { needs: list } }], goTo: { step: Step.needsMore, topic: hopeId } };
}
