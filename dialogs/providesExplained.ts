import { helpIdeaFamily, type HelpIdeaFamily } from '../src/language/helpIdeas';
import { quoteOf } from '../src/language';
import type { Draft } from '../src/domain/draft';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Position } from './journey';
import { Step } from './ids';
import { unfinishedOutcome } from './outcomeThread';
import type { Words } from './say';
import { quotedIdeas } from '../src/language/bothMeant';
import type { JourneySession } from './session';

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

/** Position note: which kind of help ideas were offered at "What would it provide?", so "both" can take them. */
export const IDEAS_OFFERED = 'ideasOffered';

const isFamily = (value: string | undefined): value is HelpIdeaFamily => value !== undefined && value in HelpIdeasText;

/** After the provides question was explained with ideas, the open question remembers which were offered. */
export async function noteIdeasOffered(session: JourneySession, draft: Draft | undefined): Promise<void> {
  const position = session.journey.position;
  if (!draft || position?.step !== Step.outcomeProvides) return;
  const outcomeId = typeof position.data?.outcomeId === 'string' ? position.data.outcomeId : undefined;
  const family = helpIdeaFamily(unfinishedOutcome(draft, position.topic, outcomeId)?.statement ?? '');
  if (!family) return;
  await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [IDEAS_OFFERED]: family } } } : j));
}

/** The ideas offered at this question, in the words the person saw; none when none were offered. */
export function ideasOffered(data: Record<string, string> | undefined, t: (key: string) => string): string[] {
  const family = data?.[IDEAS_OFFERED];
  return isFamily(family) ? quotedIdeas(t(HelpIdeasText[family])) : [];
}
