import type { DialogContext, DialogTurnResult } from './dialogKit';
import { addAboutMe, addAspiration, addNeed, addNeedHelp, idsAfterRemoval, removeItems, replaceItemText, type Draft } from '../src/domain/draft';
import { withRest } from '../src/language/midPhrase';
import { summaryItems, type SummaryItem } from '../src/domain/draftSummary';
import { matchItems } from './reviewItems';
import { parseItemId } from '../src/domain/itemIds';
import { needSection, quoteOf, readMoveAnswer, themeOfWords, type MoveTarget, placeOfDays } from '../src/language';
import { questionKey, type Journey, type Position } from './journey';
import { Stage, Step } from './ids';
import { THESE, YES } from './needsQuestion';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "wait the baking thing was for the last question", "the weighing thing isnt wat helps its
 * another hard thing": an answer kept in the wrong place is moved, in the person's own words, and
 * never replaced by the words of the correction.
 */

export const MoveText = {
  toPreviousQuestion: 'common:answerMoved.previousQuestion',
  /** "that was the rest of the last one": joined to the answer before, which now reads so. */
  joinedToPrevious: 'common:answerMoved.joinedToPrevious',
  toNeeds: 'common:answerMoved.need',
  toHelps: 'common:answerMoved.help',
  toHopes: 'common:answerMoved.hope',
  notFound: 'common:answerMoved.notFound',
} as const;

/** How far back an answer named in a correction is looked for: the last few questions. */
const LOOK_BACK = 4;

/** What the main dialog lends: answering a question as if typed there, and asking the open one again. */
export interface MoveHost {
  openAt(inner: DialogContext, position: Position): Promise<DialogTurnResult>;
  answerWith(inner: DialogContext, position: Position, text: string): Promise<DialogTurnResult>;
  reprompt(inner: DialogContext): Promise<DialogTurnResult>;
  hasStage(stage: Position['stage']): boolean;
}

interface Found {
  /** Where it is in the history: the question that kept it. */
  index: number;
  id: string;
  text: string;
}

/** The answer a correction names ("the baking thing"), or the one just kept ("that"), among the last questions. */
function findAnswer(journey: Journey, draft: Draft, named: string, to: MoveTarget): Found | undefined {
  const items = new Map(summaryItems(draft).map((item) => [item.id, item]));
  // What the last few questions kept, newest first, each with the question that kept it.
  const kept: { index: number; item: SummaryItem }[] = [];
  for (let index = journey.history.length - 1; index >= Math.max(0, journey.history.length - LOOK_BACK); index--) {
    const ids = [...(journey.answered[questionKey(journey.history[index]!)] ?? [])].reverse();
    for (const id of ids) {
      const item = items.get(id);
      // "that was what makes it hard" names the newest answer not kept as a hard thing already.
      if (item && parseItemId(id).kind !== 'outcomePart' && !keptAs(draft, id, to)) kept.push({ index, item });
    }
  }
  // "that" means what was kept last, never something further back.
  const found = named ? matchItems(draft, kept.map((k) => k.item), named) : kept.slice(0, 1).map((k) => k.item);
  // Words that fit several answers name the newest of them (the review's matcher, as everywhere a part is named).
  const newest = kept.find((k) => found.includes(k.item));
  return newest ? { index: newest.index, id: newest.item.id, text: newest.item.text } : undefined;
}

/** The answer is kept as that kind already: a hard thing to move to the hard things, a help to the helps. */
function keptAs(draft: Draft, id: string, to: MoveTarget): boolean {
  const ref = parseItemId(id);
  if (to === 'help') return ref.kind === 'needHelp';
  if (to === 'need') return ref.kind === 'entity' && draft.needs.some((n) => n.id === ref.id);
  if (to === 'hope') return ref.kind === 'entity' && draft.aspirations.some((a) => a.id === ref.id);
  return false;
}

/** The draft with the answer moved to another kind of item; undefined when it cannot go there. */
function movedTo(draft: Draft, found: Found, to: Exclude<MoveTarget, 'previousQuestion'>, hopeId: string | undefined): Draft | undefined {
  const ref = parseItemId(found.id);
  const need = ref.kind === 'needHelp' ? draft.needs.find((n) => n.id === ref.needId) : draft.needs.find((n) => ref.kind === 'entity' && n.id === ref.id);
  const hopes = need?.aspirationIds ?? (hopeId ? [hopeId] : []);
  const without = removeItems(draft, [found.id]);
  if (to === 'need' && ref.kind !== 'entity' && hopes.length > 0) return addNeed(without, found.text, hopes, needSection(found.text, placeOfDays(draft))).draft;
  if (!need || ref.kind !== 'entity') return undefined;
  // A need moved keeps what already helps with it: beside it under another need of the same hope,
  // else (a hope holds no helps) with how to support them.
  const other = [...without.needs].reverse().find((n) => n.aspirationIds.some((a) => need.aspirationIds.includes(a)));
  const helps = need.helps ?? [];
  if (to === 'help') return other ? [found.text, ...helps].reduce((d, help) => addNeedHelp(d, other.id, help), without) : undefined;
  if (to === 'hope') {
    const moved = addAspiration(without, found.text, themeOfWords(found.text)).draft;
    return other ? helps.reduce((d, help) => addNeedHelp(d, other.id, help), moved) : helps.reduce((d, help) => addAboutMe(d, 'support', help), moved);
  }
  return undefined;
}

/** Moves an answer the correction names; undefined when the message asks no such move (or nothing fits it). */
export async function moveAnswer(inner: DialogContext, host: MoveHost, text: string): Promise<DialogTurnResult | undefined> {
  const asked = readMoveAnswer(text);
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!asked || !at || at.stage === 'review') return undefined;
  const draft = await session.draft();
  const found = draft ? findAnswer(session.journey, draft, asked.named, asked.to) : undefined;
  // "wait the or none bit was for the last question" with no such answer kept: talk about an earlier answer, never this one.
  if (!draft || !found) return notFound(inner, host);
  const keptAt = session.journey.history[found.index]!;
  if (asked.to === 'restOfPrevious') return (await joinToPrevious(inner, host, session, found, keptAt)) ?? notFound(inner, host);
  if (asked.to === 'previousQuestion') return (await toPreviousQuestion(inner, host, session, found, keptAt)) ?? notFound(inner, host);
  const hopeId = draft.aspirations.some((a) => a.id === at.topic) ? at.topic : undefined;
  const moved = movedTo(draft, found, asked.to, hopeId);
  if (!moved) return notFound(inner, host);
  session.takeAdded();
  await session.updateDraft('answer moved', () => moved);
  const added = session.takeAdded();
  const key = questionKey(keptAt);
  // The notes of which question kept what follow the answers that moved up a place.
  await session.updateJourney((j) => {
    const answered = Object.fromEntries(Object.entries(j.answered).map(([k, ids]) => [k, idsAfterRemoval([found.id], ids)]));
    return { ...j, answered: { ...answered, [key]: [...(answered[key] ?? []), ...added] } };
  });
  const said = asked.to === 'need' ? MoveText.toNeeds : asked.to === 'help' ? MoveText.toHelps : MoveText.toHopes;
  await sayAll(inner.context, session.t, [{ key: said, vars: { item: quoteOf(found.text) } }]);
  const helpsAsked = asked.to === 'need' ? helpsAgain(moved, at, added) : undefined;
  return helpsAsked ? host.openAt(inner, helpsAsked) : host.reprompt(inner);
}

/**
 * A help moved to the hard things while the needs questions are open: what helps is asked again,
 * about the hard thing moved and those of its hope left with no help.
 */
function helpsAgain(draft: Draft, at: Position, added: readonly string[]): Position | undefined {
  if (at.stage !== Stage.needs) return undefined;
  const moved = draft.needs.find((n) => added.includes(n.id));
  const hopeId = moved?.aspirationIds.find((id) => id === at.topic) ?? moved?.aspirationIds[0];
  if (!moved || !hopeId) return undefined;
  const bare = draft.needs.filter((n) => n.aspirationIds.includes(hopeId) && !n.helps?.length && n.id !== moved.id);
  return { stage: Stage.needs, step: Step.needsHelps, topic: hopeId, data: { need: [...bare, moved].map((n) => n.id).join(' '), ...(bare.length ? { [THESE]: YES } : {}) } };
}

/** Nothing to move: sorry, nothing kept, and the open question again. */
async function notFound(inner: DialogContext, host: MoveHost): Promise<DialogTurnResult> {
  await sayAll(inner.context, sessionOf(inner.context).t, [{ key: MoveText.notFound }]);
  return host.reprompt(inner);
}

/** Taken out where it was kept, and given as the answer to the question before that one. */
async function toPreviousQuestion(inner: DialogContext, host: MoveHost, session: JourneySession, found: Found, keptAt: Position): Promise<DialogTurnResult | undefined> {
  const before = session.journey.history[found.index - 1];
  if (!before || before.stage !== keptAt.stage || !host.hasStage(before.stage)) return undefined;
  await session.updateDraft('answer moved', (d) => removeItems(d, [found.id]));
  await session.updateJourney((j) => ({
    ...j,
    position: before,
    history: j.history.slice(0, found.index - 1),
    revisiting: false,
    answered: Object.fromEntries(Object.entries(j.answered).map(([k, ids]) => [k, idsAfterRemoval([found.id], ids)])),
  }));
  await sayAll(inner.context, session.t, [{ key: MoveText.toPreviousQuestion, vars: { item: quoteOf(found.text) } }]);
  return host.answerWith(inner, before, found.text);
}

/**
 * "wait that was the rest of the last one": the answer just kept is joined to the end of what the
 * question before it kept, and its own question (left with no answer) is asked again.
 */
async function joinToPrevious(inner: DialogContext, host: MoveHost, session: JourneySession, found: Found, keptAt: Position): Promise<DialogTurnResult | undefined> {
  const before = session.journey.history[found.index - 1];
  if (!before || before.stage !== keptAt.stage || !host.hasStage(keptAt.stage)) return undefined;
  const startId = session.journey.answered[questionKey(before)]?.at(-1);
  const draft = await session.draft();
  const start = startId && draft ? summaryItems(draft).find((item) => item.id === startId) : undefined;
  if (!start || start.id === found.id) return undefined;
  const joined = withRest(start.text, found.text);
  await session.updateDraft('answer joined to the one before', (d) => removeItems(replaceItemText(d, start.id, joined), [found.id]));
  await session.updateJourney((j) => ({
    ...j,
    position: keptAt,
    history: j.history.slice(0, found.index),
    revisiting: false,
    answered: Object.fromEntries(Object.entries(j.answered).map(([k, ids]) => [k, idsAfterRemoval([found.id], ids)])),
  }));
  await sayAll(inner.context, session.t, [{ key: MoveText.joinedToPrevious, vars: { item: quoteOf(joined) } }]);
  return host.openAt(inner, keptAt);
}
