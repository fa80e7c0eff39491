import type { KeptWords, SmartParts, WorkingOn } from './chatTalkReply';
import { matchItems } from './reviewItems';
import { unfinishedOutcome } from './outcomeThread';
import { questionKey, type Position } from './journey';
import type { JourneySession } from './session';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem } from '../src/domain/draftSummary';
import { normaliseMessage } from '../src/language/text';
import { overlap } from '../src/language/thread';
import type { Draft } from '../src/domain/draft';
import type { ChatTopic } from '../src/language';
import { howSharedWords, whoSeesWords } from './reviewAudience';
import { isSafeguardingStep, Step } from './ids';
import type { Words } from './say';

/* What the chat says back about the plan itself: what was kept, which outcome is worked on, its SMART parts. */

/**
 * What "did u get that" asks about: the item named ("did the teacher help bit get saved"), found
 * anywhere in the plan, or the last one kept; undefined when nothing was.
 */
async function keptItem(session: JourneySession, named: string): Promise<SummaryItem | undefined> {
  const draft = await session.draft();
  if (!draft) return undefined;
  const items = summaryItems(draft);
  // "did the teacher help bit get saved": the review's own matcher; of several that fit, the newest.
  const namesOne = normaliseMessage(named).split(' ').some((w) => w.length > 2 && !/^(?:the|and|bit|thing|one|about)$/.test(w));
  if (namesOne) return matchItems(draft, items, named).at(-1) ?? needUnderHopeAbout(draft, items, named);
  const byId = new Map(items.map((item) => [item.id, item]));
  // The open question first: asked again after its answer was kept (after "back", or when a safety check cut in), that answer is kept.
  // The safety questions keep nothing, so they never push the question answered out of the look-back.
  const open = session.journey.position ? [session.journey.position] : [];
  const asked = [...open, ...[...session.journey.history].reverse().filter((p) => !isSafeguardingStep(p.step)).slice(0, 3)];
  for (const position of asked) {
    const ids = session.journey.answered[questionKey(position)] ?? [];
    const item = ids.map((id) => byId.get(id)).filter(Boolean).at(-1);
    if (item) return item;
  }
  return undefined;
}

/**
 * "did you get what i said about the nappies?" when no part says "nappies": the hard thing kept under
 * the hope about it ("to be out of nappies", "toilet trained"), the newest first.
 */
function needUnderHopeAbout(draft: Draft, items: readonly SummaryItem[], named: string): SummaryItem | undefined {
  const hopes = new Set(draft.aspirations.filter((a) => overlap(named, a.text, false) > 0).map((a) => a.id));
  const needs = new Set(draft.needs.filter((n) => n.aspirationIds.some((id) => hopes.has(id))).map((n) => n.id));
  return items.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.need && needs.has(i.id)).at(-1);
}

/** The words of the answer "did u get that" asks about, as kept in the plan. */
export async function keptAnswer(session: JourneySession, named: string): Promise<string | undefined> {
  return (await keptItem(session, named))?.text;
}

/** The answer "did u get that" asks about, with what it is, for quoting it back. */
export async function keptWords(session: JourneySession, named: string): Promise<KeptWords | undefined> {
  const item = await keptItem(session, named);
  return item && { text: item.text, isHope: item.labelKey === SUMMARY_LABEL_KEYS.aspiration, readingMode: session.mode };
}

/** At an outcome's questions, the hope it is for and the step written so far; undefined elsewhere. */
export async function workingOn(session: JourneySession, at: Position): Promise<WorkingOn | undefined> {
  const draft = at.stage === 'outcomes' ? await session.draft() : undefined;
  const hope = draft?.aspirations.find((a) => a.id === at.topic);
  if (!draft || !hope) return undefined;
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const step = unfinishedOutcome(draft, hope.id, outcomeId)?.statement;
  return { hope: hope.text, readingMode: session.mode, ...(step ? { step } : {}) };
}

/** The SMART parts of the outcome being written (a date, how everyone will know), once it has a step. */
export async function smartPartsOf(session: JourneySession, at: Position): Promise<SmartParts | undefined> {
  const draft = at.stage === 'outcomes' ? await session.draft() : undefined;
  const hope = draft?.aspirations.find((a) => a.id === at.topic);
  if (!draft || !hope) return undefined;
  const outcomeId = typeof at.data?.outcomeId === 'string' ? at.data.outcomeId : undefined;
  const outcome = unfinishedOutcome(draft, hope.id, outcomeId);
  if (!outcome?.statement) return undefined;
  return { date: outcome.timeframe !== null, ...(outcome.timeframe ? { when: outcome.timeframe.phrase } : {}), measure: Boolean(outcome.measure?.trim()) };
}

/** At the review, who sees the plan and how to show it, as things stand for this draft (at the end, the copies just given say how). */
export async function planWordsAtReview(session: JourneySession, step: string): Promise<Partial<Record<ChatTopic, Words[]>>> {
  const draft = await session.draft();
  const atEnd = step === Step.reviewDone;
  const whoSees = await whoSeesWords(session, draft, atEnd);
  return { whoSees, howShared: howSharedWords(draft, atEnd) };
}

/**
 * Away from the review, after a worry was noted: "who reads this?" ("what adult??", "you said no one reads this") is
 * answered with who sees the note and the plan, never "only you can see your answers". Undefined with no note.
 */
export async function noteWordsBeforeReview(session: JourneySession): Promise<Partial<Record<ChatTopic, Words[]>> | undefined> {
  const draft = await session.draft();
  if ((draft?.flags.length ?? 0) === 0) return undefined;
  return { whoSees: await whoSeesWords(session, draft) };
}
