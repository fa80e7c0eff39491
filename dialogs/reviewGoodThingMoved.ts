import { addAboutMe, removeItem, type Draft } from '../src/domain/draft';
import { quoteNeed } from '../src/language';
import { saysGoodNotHard } from '../src/language/goodNotHard';
import { namesNeed } from '../src/language/sameAsBefore';
import { normaliseMessage } from '../src/language/text';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import { SummaryData } from './reviewSummary';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At the read-back: "the laughing and cuddly bit shouldnt be in the hard things, its a good thing
 * about him", "move the laughing one from hard things to what people like about him". The hard
 * thing named by its words moves to what people like about them: it is never a need, and never
 * "looks good" for the whole plan.
 */

export const GoodThingMovedText = {
  moved: { self: 'review:goodThingMoved.self', child: 'review:goodThingMoved.child', yourChild: 'review:goodThingMoved.yourChild' } satisfies WhomKeys,
} as const;

/** "to what people like about him", "into the strengths", "with the good things". */
const TO_STRENGTHS = /\b(?:to|into|in|with|under)\s+(?:the\s+)?(?:what\s+(?:people|we|everyone)\s+(?:like|love|admire)|strengths?|good\s+things|things\s+people\s+like)\b/;
/** "from the hard things", "shouldnt be in the hard things", "out of the hard stuff". */
const FROM_HARD = /\b(?:from|out\s+of|in|with|under)\s+(?:the\s+)?(?:hard\s+(?:things?|stuff|bits?|list|section)|needs|problems|what\s+is\s+hard)\b/;
/** The words naming the part: "the laughing and cuddly bit", "the laughing one". */
const PART = /^(?:(?:please|can\s+you|could\s+you|move|take|put)\s+)*(?:the\s+)?(?:bit\s+about\s+(?:him\s+|her\s+|them\s+)?(?:being\s+)?)?(.+?)\s+(?:bit|one|thing|part|stuff)\b/;
const NOT_NAMING = new Set(['the', 'and', 'his', 'her', 'him', 'being', 'about', 'that', 'this', 'from', 'hard', 'things', 'move', 'take', 'put']);

/** The one hard thing named, when the message says it is a good thing about them; undefined otherwise. */
export function goodThingNamed(draft: Draft | undefined, text: string): Draft['needs'][number] | undefined {
  const said = normaliseMessage(text);
  if (!draft || said.length > 200) return undefined;
  const good = saysGoodNotHard(text) || (TO_STRENGTHS.test(said) && FROM_HARD.test(said));
  const part = good ? PART.exec(said)?.[1] : undefined;
  const words = (part ?? '').split(/\s+/).filter((w) => w.length > 2 && !NOT_NAMING.has(w));
  if (words.length === 0) return undefined;
  const named = draft.needs.filter((n) => namesNeed(words, n.text));
  return named.length === 1 ? named[0] : undefined;
}

/** Moves the hard thing named to what people like about them, and asks the read-back briefly again. */
export async function goodThingMovedAtReview(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const need = goodThingNamed(draft, text);
  if (!draft || !need) return undefined;
  await session.updateDraft('review: hard thing moved to strengths', (d) => addAboutMe(removeItem(d, need.id), 'strengths', need.text));
  return { say: [wordsFor(draft, GoodThingMovedText.moved, { need: quoteNeed(need.text) })], goTo: { step: Step.reviewSummary, data: { [SummaryData.brief]: '1' } } };
}
