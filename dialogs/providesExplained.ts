import { helpIdeaFamily, type HelpIdeaFamily } from '../src/language/helpIdeas';
import { quoteOf } from '../src/language';
import type { Draft } from '../src/domain/draft';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Position } from './journey';
import { Step } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import type { Words } from './say';

/*
 * "what do you mean provide", "provide what": the question explained as the help they would need,
 * with examples that fit the step they are making ("I will read a bus timetable" gets reading help).
 * The word "provision" is the key worker's; it is never said to a young person.
 */

const EXPLAINED: WhomKeys = { self: 'help:providesFor.self', child: 'help:providesFor.child', yourChild: 'help:providesFor.yourChild' };

export const HelpIdeasText: Record<HelpIdeaFamily, string> = {
  reading: 'help:providesIdeas.reading',
  writing: 'help:providesIdeas.writing',
  travel: 'help:providesIdeas.travel',
  cooking: 'help:providesIdeas.cooking',
  money: 'help:providesIdeas.money',
  work: 'help:providesIdeas.work',
  friends: 'help:providesIdeas.friends',
  calm: 'help:providesIdeas.calm',
};

/** The provides question explained for the outcome being made; undefined elsewhere, or when no help fits its words. */
export function providesExplained(draft: Draft | undefined, position: Position | undefined, t: (key: string) => string): Words | undefined {
  if (!draft || position?.step !== Step.outcomeProvides) return undefined;
  const outcomeId = typeof position.data?.outcomeId === 'string' ? position.data.outcomeId : undefined;
  const outcome = unfinishedOutcome(draft, position.topic, outcomeId);
  const family = outcome ? helpIdeaFamily(outcome.statement) : null;
  if (!outcome || !family) return undefined;
  return wordsFor(draft, EXPLAINED, { outcome: quoteOf(outcome.statement, 12), ideas: t(HelpIdeasText[family]) });
}
