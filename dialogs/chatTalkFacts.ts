import type { SmartParts } from './chatTalkReply';
import { matchItems } from './reviewItems';
import { unfinishedOutcome } from './outcomeThread';
import { questionKey, type Position } from './journey';
import type { JourneySession } from './session';
import { summaryItems } from '../src/domain/draftSummary';
import { normaliseMessage } from '../src/language/text';

/* What the chat says back about the plan itself: what was kept, which outcome is worked on, its SMART parts. */

/**
 * What "did u get that" asks about: the answer named ("did the teacher help bit get saved"), found
 * anywhere in the plan, or the last answer kept; undefined when nothing was.
 */
export async function keptAnswer(session: JourneySession, named: string): Promise<string | undefined> {
  const draft = await session.draft();
  if (!draft) return undefined;
  const items = summaryItems(draft);
  // "did the teacher help bit get saved": the review's own matcher; of several that fit, the newest.
  const namesOne = normaliseMessage(named).split(' ').some((w) => w.length > 2 && !/^(?:the|and|bit|thing|one|about)$/.test(w));
  if (namesOne) return matchItems(draft, items, named).at(-1)?.text;
  const texts = new Map(items.map((item) => [item.id, item.text]));
  for (const position of [...session.journey.history].reverse().slice(0, 3)) {
    const ids = session.journey.answered[questionKey(position)] ?? [];
    const text = ids.map((id) => texts.get(id)).filter(Boolean).at(-1);
    if (text) return text;
  }
  return undefined;
}

/** At an outcome's questions, the hope it is for and the step written so far; undefined elsewhere. */
export async function workingOn(session: JourneySession, at: Position): Promise<{ hope: string; step?: string } | undefined> {
  const draft = at.stage === 'outcomes' ? await session.draft() : undefined;
  const hope = draft?.aspirations.find((a) => a.id === at.topic);
  if (!draft || !hope) return undefined;
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const step = unfinishedOutcome(draft, hope.id, outcomeId)?.statement;
  return { hope: hope.text, ...(step ? { step } : {}) };
}

/** The SMART parts of the outcome being written (a date, how everyone will know), once it has a step. */
export async function smartPartsOf(session: JourneySession, at: Position): Promise<SmartParts | undefined> {
  const draft = at.stage === 'outcomes' ? await session.draft() : undefined;
  const hope = draft?.aspirations.find((a) => a.id === at.topic);
  if (!draft || !hope) return undefined;
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = unfinishedOutcome(draft, hope.id, outcomeId);
  if (!outcome?.statement) return undefined;
  return { date: outcome.timeframe !== null, measure: Boolean(outcome.measure?.trim()) };
}
