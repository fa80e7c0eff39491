import { earlierWordsBack, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
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
  // "put back the sport one" once it says boccia: the words it had before that say "sport".
  const version = found.length === 1 ? undefined : earlierVersionNamed(draft, withEarlier, named);
  if (found.length !== 1 && !version) return { say: [{ key: T.nothingToPutBack }], goTo: { step: Step.reviewSummary } };
  const hopeId = version?.id ?? found[0]!.id;
  await session.updateDraft('earlier words put back in review', (d) => earlierWordsBack(d, hopeId, version?.text));
  return { say: [{ key: T.changed }], goTo: { step: Step.reviewSummary } };
}

/** The one earlier version of a hope that the words name (its id and those words), else undefined. */
function earlierVersionNamed(draft: Draft, hopes: readonly SummaryItem[], named: string): { id: string; text: string } | undefined {
  const versions = hopes.flatMap((item) => (draft.aspirations.find((a) => a.id === item.id)?.earlierWords ?? []).map((text, i) => ({ ...item, id: `${item.id} ${i}`, text })));
  const found = matchItems(draft, versions, named);
  const [id, at] = found.length === 1 ? found[0]!.id.split(' ') : [];
  const text = id ? draft.aspirations.find((a) => a.id === id)?.earlierWords?.[Number(at)] : undefined;
  return id && text ? { id, text } : undefined;
}
