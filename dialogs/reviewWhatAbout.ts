import { summaryItems } from '../src/domain/draftSummary';
import { asksWhatWasKept, quoteOf, type ChatTalk } from '../src/language';
import { wordsNamedIn } from '../src/language/dateChange';
import { normaliseMessage } from '../src/language/text';
import { ChatTalkText } from './chatTalkReply';
import { Step } from './ids';
import type { Position } from './journey';
import { RequestData as D, ReviewText as T } from './reviewText';
import { SummaryData } from './reviewSummary';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * At the read-back, "what about sleep? thats a big one" or "did you get the friend bit?" when nothing
 * in the plan says it: it is not in the plan yet, and a hope about it is asked for in their own words.
 * The words of the question are never kept. When the plan does say it, what was kept is read back.
 */

export interface WhatAboutReply {
  say: Words[];
  goTo: Position;
}

/** "my friends", "the friend bit": the thing itself, for the question about a new hope. */
const thingOf = (named: string): string => normaliseMessage(named).replace(/^(?:my|your|the|his|her|their)\s+/, '').replace(/\s+(?:bit|one|thing|part)$/, '').trim();

/** The reply at the read-back to a thing asked about; undefined anywhere else or for other talk. */
export async function whatAboutAtReview(session: JourneySession, at: Position, talk: ChatTalk, text: string): Promise<WhatAboutReply | undefined> {
  if (at.step !== Step.reviewSummary || talk.topics.length !== 1) return undefined;
  const [topic] = talk.topics;
  const named = topic === 'whatAbout' ? talk.about : topic === 'wasKept' ? asksWhatWasKept(text) : undefined;
  const thing = named ? thingOf(named) : '';
  const draft = thing ? await session.draft() : undefined;
  if (!draft || thing.length < 3) return undefined;
  const kept = summaryItems(draft).filter((item) => wordsNamedIn(item.text, thing));
  // Said already: "did you get ..." has its own answer; "what about ..." is read back too.
  if (kept.length > 0) return topic === 'whatAbout' ? { say: kept.slice(0, 2).map((item) => ({ key: ChatTalkText.wasKept, vars: { answer: quoteOf(item.text) } })), goTo: { stage: 'review', step: Step.reviewSummary, data: { [SummaryData.brief]: '1' } } } : undefined;
  return { say: [{ key: T.addNotInPlan, vars: { about: thing } }], goTo: { stage: 'review', step: Step.reviewChange, data: { [D.addHope]: 'ask', [D.about]: thing } } };
}
