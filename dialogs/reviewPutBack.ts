import { earlierWordsBack, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS } from '../src/domain/draftSummary';
import { namedToPutBack } from '../src/language/putBack';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "put the tired one back" at the read-back: the part named has its earlier words again when the
 * draft keeps them (hopes do); otherwise the bot says kindly that it cannot, and nothing changes.
 */

/** The part named put back, or said kindly that it cannot be; undefined when the message asks no such thing. */
export async function putBackNamedAtReview(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const named = draft ? namedToPutBack(text) : undefined;
  if (!draft || !named) return undefined;
  const hopes = changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const withEarlier = hopes.filter((i) => draft.aspirations.find((a) => a.id === i.id)?.earlierWords?.length);
  const found = matchItems(draft, withEarlier, named);
  if (found.length !== 1) return { say: [{ key: T.nothingToPutBack }], goTo: { step: Step.reviewSummary } };
  await session.updateDraft('earlier words put back in review', (d) => earlierWordsBack(d, found[0]!.id));
  return { say: [{ key: T.changed }], goTo: { step: Step.reviewSummary } };
}
