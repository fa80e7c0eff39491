import type { Draft } from '../src/domain/draft';
import { renumbered, twoRequestsIn } from '../src/language/requestsInMessage';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems } from './reviewItems';
import { listShownItems } from './reviewListShown';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * Two changes asked in one message at the review ("Add a hope: work in a library. And change 8 to
 * I will cook a meal on my own every Sunday") are done in turn: the first is read back now, the
 * second once the first is finished, so no change swallows the other's words. A number in the
 * second means the part it named when it was typed, even after the first added a part before it.
 */

type ReadRequest = (text: string) => Promise<Next | undefined>;

/** The first of two changes in the message, with the second kept for later; undefined when the message asks one. */
export async function firstOfTwo(session: JourneySession, draft: Draft | undefined, text: string, read: ReadRequest): Promise<Next | undefined> {
  const two = draft ? twoRequestsIn(text) : null;
  if (!two || !draft) return undefined;
  const first = await read(two.first);
  if (!first || first.miss) return undefined;
  const listed = (listShownItems(draft, session.journey.listShown) ?? changeableItems(draft)).map((i) => i.id);
  await session.updateJourney((journey) => ({ ...journey, laterRequest: { text: two.rest, listed } }));
  return first;
}

/**
 * Once a change is finished (back at the read-back), the change kept for later is read back next.
 * `letGo`: "forget it" was said, so the kept change goes too.
 */
export async function laterRequestAfter(session: JourneySession, next: Next, letGo: boolean, read: (draft: Draft | undefined, text: string) => Promise<Next | undefined>): Promise<Next> {
  const later = session.journey.laterRequest;
  if (later && letGo) await session.updateJourney(({ laterRequest: _later, ...journey }) => journey);
  if (!later || letGo || next.miss || next.goTo?.step !== Step.reviewSummary || next.goTo.data) return next;
  // Its numbers are the plan's as it is now; the list shown before the first change no longer counts.
  await session.updateJourney(({ laterRequest: _later, listShown: _shown, ...journey }) => journey);
  const draft = await session.draft();
  const items = draft ? changeableItems(draft) : [];
  const text = renumbered(later.text, (typed) => {
    const at = items.findIndex((i) => i.id === later.listed[typed - 1]);
    return at < 0 ? undefined : at + 1;
  });
  const asked = await read(draft, text);
  return asked ? { ...asked, say: [...(next.say ?? []), ...(asked.say ?? [])] } : next;
}

/** The read-back position a kept change is read from. */
export const readBackPosition: Position = { stage: 'review', step: Step.reviewSummary };
