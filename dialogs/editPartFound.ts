import type { Draft } from '../src/domain/draft';
import { listSeen } from './listSeen';
import { withoutAskTail, withWordsRemoved } from '../src/language/wordsToRemove';
import { changeableItems, matchItems } from './reviewItems';
import { SummaryData } from './reviewSummary';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem } from '../src/domain/draftSummary';
import type { PartKind, PartNamed } from '../src/language';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';

/*
 * Which kept part of the plan typed words name ("the first hope", "the bike one", "both hard
 * things", "number 3"): a reader only. Asking about it and changing it is in editAnywhere.ts.
 */

export const LABEL_OF: Readonly<Record<PartKind, string>> = {
  hope: SUMMARY_LABEL_KEYS.aspiration,
  need: SUMMARY_LABEL_KEYS.need,
  outcome: SUMMARY_LABEL_KEYS.outcome,
};

/** The kept part the words name: by its place, its words (the review's own matcher), or the hope being talked about now. */
export function findPart(draft: Draft, part: PartNamed, position: Position | undefined): SummaryItem | undefined {
  const all = summaryItems(draft);
  const items = all.filter((item) => item.labelKey === LABEL_OF[part.kind]);
  const one = (found: readonly SummaryItem[]) => (found.length === 1 ? found[0] : undefined);
  if (part.id) return all.find((item) => item.id === part.id); // a hope, or an about-me answer named by its heading
  if (part.every) return everyOf(draft, items, position)[0];
  if (part.loose && part.place !== null) {
    // "delete number 3": the third of the list the person last saw; elsewhere, as the review's list reads it.
    // "delete the first 1" at "anything else hard?": that place among the hard things just said for the hope asked about.
    const topic = position?.step === Step.needsMore ? position.topic : undefined;
    const hard = topic ? all.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.need && draft.needs.some((n) => n.id === i.id && n.aspirationIds.includes(topic))) : [];
    if (hard.length > 1) return part.place < 0 ? hard.at(-1) : hard[part.place - 1];
    const seen = listSeen(all, position);
    if (seen) return seen[part.place - 1];
    return findPart(draft, { ...part, place: null, about: String(part.place) }, position);
  }
  if (part.kind === 'outcome' && part.about) {
    // "the bike one", "the bike outcome": an outcome whose words or whose hope's words hold it;
    // named without its kind, else a hope, else a need.
    const hope = one(matchItems(draft, all.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration), part.about));
    const ofHope = hope ? items.filter((i) => draft.outcomes.some((o) => o.id === i.id && o.aspirationId === hope.id)) : [];
    const found = one(olderOf(part, matchItems(draft, items, part.about))) ?? one(ofHope);
    if (found || !part.loose) return found;
    return findPart(draft, { ...part, kind: 'hope', loose: false }, position) ?? findPart(draft, { ...part, kind: 'need', loose: false }, position);
  }
  // "hope 5" at the review is number 5 of its list of parts, as shown; "the fifth hope" is a place among the hopes.
  if (part.numbered && part.place !== null && byListNumber(position)) return changeableItems(draft)[part.place - 1];
  if (part.place !== null) return part.place < 0 ? items.at(-1) : items[part.place - 1];
  if (part.about) return one(olderOf(part, matchItems(draft, items, part.about)));
  if (part.current) {
    // "this dream" while its needs or outcomes are asked about: that hope; elsewhere, the latest one.
    const about = part.kind === 'hope' ? items.find((item) => item.id === position?.topic) : items.find((item) => item.id === position?.data?.outcomeId);
    return about ?? items.at(-1);
  }
  return undefined;
}

/**
 * "the other vet one": of the parts alike, all but the newest (the one they keep). With only one
 * alike, none: the other is already gone (see onlyOneLeft).
 */
function olderOf(part: PartNamed, found: readonly SummaryItem[]): readonly SummaryItem[] {
  return part.earlier ? found.slice(0, -1) : found;
}

/** "delete the other vet one" when only one vet hope is kept: that one, which stays. */
export function onlyOneLeft(draft: Draft, part: PartNamed): SummaryItem | undefined {
  if (!part.earlier || !part.about) return undefined;
  const kinds = part.loose ? Object.values(LABEL_OF) : [LABEL_OF[part.kind]];
  const alike = matchItems(draft, summaryItems(draft).filter((item) => kinds.includes(item.labelKey)), part.about);
  return alike.length === 1 ? alike[0] : undefined;
}

/**
 * Whether a number typed names a part of the review's list: at the review, except while easy read
 * reads the hopes back one at a time ("Dream 2 of 3"), where it is the hope's own number.
 */
export function byListNumber(position: Position | undefined): boolean {
  return position?.stage === Stage.review && position.data?.[SummaryData.part] === undefined;
}

/** "both hard things": the needs (or outcomes) of the hope talked about now when it has some, else every one of that kind. */
export function everyOf(draft: Draft, items: readonly SummaryItem[], position: Position | undefined): SummaryItem[] {
  const hope = position?.topic;
  const ofHope = items.filter((i) => draft.needs.some((n) => n.id === i.id && hope !== undefined && n.aspirationIds.includes(hope)) || draft.outcomes.some((o) => o.id === i.id && o.aspirationId === hope));
  return ofHope.length > 0 ? ofHope : [...items];
}

/** "delete chips": whether the words after the verb are those of a kept part (else they may be an answer). */
export async function namesKeptPart(session: JourneySession, part: PartNamed): Promise<boolean> {
  const draft = await session.draft();
  return Boolean(draft && findPart(draft, part, session.journey.position));
}

/**
 * "take out still", "take out back in lol" at an outcome's read-back, where the sentence read back holds those words: words to
 * cut from the sentence (the read-back's own), never a part of the plan to take out.
 */
export async function wordsOfReadBack(session: JourneySession, part: PartNamed): Promise<boolean> {
  const position = session.journey.position;
  if (position?.step !== Step.outcomeConfirm || !part.bare || !part.about) return false;
  const outcome = (await session.draft())?.outcomes.find((o) => o.id === position.data?.outcomeId);
  return Boolean(outcome && withWordsRemoved(outcome.statement, withoutAskTail(part.about)));
}
