import type { Draft, Outcome } from '../src/domain/draft';
import { hopeMovedAway, hopeMovedTo, hopePointedAt } from '../src/language';
import { otherHopeInLinkAnswer } from '../src/language/linkAnswer';
import { outcomeMoved } from './outcomeThread';
import type { JourneySession } from './session';

/* An outcome said to belong to another of the person's hopes is moved there, at the read-back or the link question. */

/** The hope the person says this outcome is for, when it is another one; the outcome is moved there. */
export async function movedToHope(session: JourneySession, draft: Draft, outcome: Outcome, text: string): Promise<Draft['aspirations'][number] | undefined> {
  const named = hopeMovedTo(text);
  const others = draft.aspirations.filter((a) => a.id !== outcome.aspirationId);
  const hope = named ? hopePointedAt(named, others, (id) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text)) : undefined;
  if (!hope) return undefined;
  await session.updateDraft('outcome moved to another hope', (d) =>
    outcomeMoved(d, outcome.id, hope),
  );
  return hope;
}

/** "it doesnt really, its more for living on my own" asked how it helps: moved to the hope it talks about. */
export async function linkNamesAnother(session: JourneySession, draft: Draft, outcome: Outcome, text: string): Promise<Draft['aspirations'][number] | undefined> {
  const current = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  const needsOf = (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);
  const hope = current ? otherHopeInLinkAnswer(text, current, draft.aspirations, needsOf) : undefined;
  if (!hope) return undefined;
  await session.updateDraft('outcome moved to the hope it helps', (d) => outcomeMoved(d, outcome.id, hope));
  return hope;
}

/** "not for the train driver hope": moved to the one other hope, or the other hope it names; undefined when unclear. */
export async function movedAway(session: JourneySession, draft: Draft, outcome: Outcome, text: string): Promise<Draft['aspirations'][number] | undefined> {
  const notFor = hopeMovedAway(text);
  if (notFor === undefined) return undefined;
  const current = draft.aspirations.find((a) => a.id === outcome.aspirationId);
  // The hope it is not for must be this one, when named.
  if (notFor && current && hopePointedAt(notFor, [current])?.id !== current.id) return undefined;
  const others = draft.aspirations.filter((a) => a.id !== outcome.aspirationId);
  const hope = others.length === 1 ? others[0] : undefined;
  if (!hope) return undefined;
  await session.updateDraft('outcome moved to another hope', (d) =>
    outcomeMoved(d, outcome.id, hope),
  );
  return hope;
}
