import { MAX_OUTCOMES } from '../src/domain/checks';
import { mergeHopeInto, mergeOutcomeInto, replaceItemText, type Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { readGoalFor, readGoalsFor, readJoinHopes, readMissing, readTwice } from '../src/language/goalForHope';
import { understandYesNo } from './closedReplies';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { forgetAnswered } from './removeParts';
import { changeableItems, matchItems } from './reviewItems';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At the review, about a hope already in the plan: "can i do a goal for buster" finds the hope
 * named and runs the outcome questions for it (what makes it hard first, when nothing is said
 * yet), then the review opens again. "walk buster is on there twice" offers to take out the copy;
 * its hard things and goals move to the one that stays. "join them into one: X" makes two hopes one.
 */

const hopeItems = (draft: Draft): SummaryItem[] => changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The one hope these words name: copies of one hope count as one (the first). */
function hopeNamed(draft: Draft, words: string): SummaryItem[] {
  const found = matchItems(draft, hopeItems(draft), words);
  return found.every((f) => same(f.text, found[0]!.text)) ? found : [];
}

/** One item found: it and every item with the same words. */
function withCopies(items: readonly SummaryItem[], found: SummaryItem[]): SummaryItem[] {
  return found.length === 1 ? items.filter((i) => same(i.text, found[0]!.text)) : found;
}

/** Where "a goal for X" leads; undefined when the message asks for none, or names no hope in the plan. */
export function goalForHope(draft: Draft | undefined, text: string): Next | undefined {
  const words = draft ? readGoalFor(text) : null;
  if (!draft || !words) return undefined;
  const hope = hopeNamed(draft, words)[0];
  // "a goal for swimming" with no such hope: it can be a new hope.
  if (!hope) return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: words } } };
  return goalForHopeThere(draft, hope);
}

/**
 * "outcomes for the money one and the flat one": the first hope's outcome opens (`goalForHope`); the
 * other hopes named are queued, so each is asked about in turn after it, with no "another?" between.
 */
export async function queueOtherHopesNamed(session: JourneySession, draft: Draft | undefined, text: string, next: Next): Promise<void> {
  const first = next.openAt?.step === Step.outcomeStep ? next.openAt.topic : undefined;
  if (!draft || !first) return;
  const ids = readGoalsFor(text).map((words) => hopeNamed(draft, words)[0]?.id).filter((id): id is string => !!id && id !== first);
  if (ids.length > 0) await session.updateJourney((j) => ({ ...j, hopesQueued: { ids: [...new Set(ids)], thenDone: false } }));
}

/** The outcome questions for a hope in the plan, what makes it hard first when nothing is said yet. */
function goalForHopeThere(draft: Draft, hope: SummaryItem): Next {
  if (draft.outcomes.length >= MAX_OUTCOMES) return { say: [{ key: T.goalForFull }], goTo: { step: Step.reviewSummary } };
  // What makes it hard first, when nothing is said yet, so the goal is linked to a need too.
  if (!draft.needs.some((n) => n.aspirationIds.includes(hope.id))) return { say: [{ key: T.addHardFirst }], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'hard', [D.hopeId]: hope.id } } };
  return { openAt: { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: {} } };
}

/** "walk buster is on there twice": the copy offered to be taken out; undefined when no hope is there twice. */
export function twiceOffer(draft: Draft | undefined, text: string): Next | undefined {
  const words = draft ? readTwice(text) : null;
  if (!draft || !words) return undefined;
  // Words that are the hope's own pick out one of its copies: the others with the same words count too.
  const found = withCopies(hopeItems(draft), hopeNamed(draft, words));
  if (found.length < 2) return goalTwiceOffer(draft, words);
  return { goTo: { step: Step.reviewChange, data: { [D.twice]: `${found[found.length - 1]!.id} ${found[0]!.id}` } } };
}

/**
 * "job is 2 times. remove one" when the hope is there once but its goal twice: the two goals the
 * words name (two with the same words first), the second offered to be taken out.
 */
function goalTwiceOffer(draft: Draft, words: string): Next | undefined {
  const all = changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
  const goals = withCopies(all, matchItems(draft, all, words));
  const copies = goals.filter((g) => goals.some((o) => o !== g && same(o.text, g.text)));
  const pair = copies.length >= 2 ? copies : goals.length === 2 ? goals : [];
  if (pair.length < 2) return undefined;
  return { goTo: { step: Step.reviewChange, data: { [D.twice]: `${pair[1]!.id} ${pair[0]!.id}` } } };
}

/**
 * "the two train hopes are the same, can you join them into one: to have a job on the railway":
 * both hopes named, offered as one, with its new words when given; their hard things and goals stay.
 */
export function joinOffer(draft: Draft | undefined, text: string): Next | undefined {
  const join = draft ? readJoinHopes(text) : null;
  if (!draft || !join) return undefined;
  const hopes = hopeItems(draft);
  const found =
    join.words.length >= 2 ? join.words.map((w) => matchItems(draft, hopes, w)[0]) : join.words.length === 1 ? matchItems(draft, hopes, join.words[0]!) : hopes.length === 2 ? hopes : [];
  const ids = [...new Set(found.filter((f): f is SummaryItem => Boolean(f)).map((f) => f.id))];
  if (ids.length !== 2) return undefined;
  return { goTo: { step: Step.reviewChange, data: { [D.twice]: `${ids[1]} ${ids[0]}`, [D.join]: join.to || 'yes' } } };
}

export function twiceQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const [copyId, keepId] = (position.data?.[D.twice] ?? '').split(' ');
  const goal = draft?.outcomes.find((o) => o.id === copyId);
  const kept = draft?.outcomes.find((o) => o.id === keepId);
  if (goal && kept) return { step: Step.reviewChange, words: { key: T.twiceGoalConfirm, vars: { keep: quoteOf(kept.statement, 25), copy: quoteOf(goal.statement, 25) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  const copy = draft?.aspirations.find((a) => a.id === copyId);
  if (!copy) return undefined;
  const join = position.data?.[D.join];
  const keep = draft?.aspirations.find((a) => a.id === keepId);
  if (join && keep) {
    const vars = { copy: quoteOf(copy.text), keep: quoteOf(keep.text), text: quoteOf(join, 25) };
    return { step: Step.reviewChange, words: { key: join === 'yes' ? T.joinConfirm : T.joinConfirmTo, vars }, choices: REMOVE_CHOICES, understand: understandYesNo };
  }
  return { step: Step.reviewChange, words: { key: T.twiceConfirm, vars: { text: quoteOf(copy.text) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

export async function answerTwice(session: JourneySession, position: Position, text: string): Promise<Next> {
  const [copyId, keepId] = (position.data?.[D.twice] ?? '').split(' ');
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  const join = position.data?.[D.join];
  const to = join && join !== 'yes' ? join : undefined;
  const goal = (await session.draft())?.outcomes.some((o) => o.id === copyId);
  if (copyId && keepId && goal) await session.updateDraft('goal there twice made one', (d) => mergeOutcomeInto(d, copyId, keepId));
  else if (copyId && keepId) await session.updateDraft(join ? 'two hopes made one' : 'hope there twice made one', (d) => (to ? replaceItemText(mergeHopeInto(d, copyId, keepId), keepId, to) : mergeHopeInto(d, copyId, keepId)));
  if (copyId) await forgetAnswered(session, [copyId]);
  return { say: [{ key: join ? T.joinMerged : T.twiceMerged }], goTo: { step: Step.reviewSummary } };
}

/**
 * "you missed the friend one", "where's the one about friends": the part they mean is found. A hope
 * with a goal is shown with it; a hope with none gets its goal now; anything else in the plan is
 * shown where it is; nothing found is added as a new hope, asked for in their words.
 */
export function missingOffer(draft: Draft | undefined, text: string): Next | undefined {
  const words = draft ? readMissing(text) : null;
  if (!draft || !words) return undefined;
  // "wheres the work experiance bit": a first step on the way to a goal is quoted with the goal it leads to.
  const stepOf = stepNamed(draft, words);
  if (stepOf) return { say: [{ key: T.missingStepThere, vars: { step: quoteOf(stepOf.step), goal: quoteOf(stepOf.goal) } }], goTo: { step: Step.reviewSummary } };
  const hope = hopeNamed(draft, words)[0];
  if (hope) {
    const goal = draft.outcomes.find((o) => o.aspirationId === hope.id);
    if (goal) return { say: [{ key: T.missingThere, vars: { hope: quoteOf(hope.text), goal: quoteOf(goal.statement) } }], goTo: { step: Step.reviewSummary } };
    const next = goalForHopeThere(draft, hope);
    return { ...next, say: [{ key: T.missingNoGoal, vars: { hope: quoteOf(hope.text) } }, ...(next.say ?? [])] };
  }
  const item = matchItems(draft, changeableItems(draft), words)[0];
  if (item) return { say: [{ key: T.missingItemThere, vars: { text: quoteOf(item.text) } }], goTo: { step: Step.reviewSummary } };
  return { say: [{ key: T.missingNotFound, vars: { about: quoteOf(words) } }], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'ask', [D.about]: words } } };
}

/** A goal for a hope already there, a hope there twice, or one said to be missing: what the message leads to, if any. */
export function aboutAHopeThere(draft: Draft | undefined, text: string): Next | undefined {
  return missingOffer(draft, text) ?? twiceOffer(draft, text) ?? joinOffer(draft, text) ?? goalForHope(draft, text);
}

/** Small words that name no part of a step ("the work experience bit"). */
const NOT_NAMING = new Set(['the', 'bit', 'one', 'part', 'about', 'thing', 'with', 'that', 'this', 'my', 'a', 'an', 'of', 'to', 'in']);

/** The step on the way to a goal whose words are all those named ("work experiance" in "do work experiance in a cafe"). */
function stepNamed(draft: Draft, words: string): { step: string; goal: string } | undefined {
  const named = words.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !NOT_NAMING.has(w));
  if (named.length === 0) return undefined;
  for (const o of draft.outcomes) {
    const step = (o.steps ?? []).find((s) => {
      const has = new Set(s.text.toLowerCase().split(/[^a-z0-9]+/));
      return named.every((w) => has.has(w));
    });
    if (step) return { step: step.text, goal: o.statement };
  }
  return undefined;
}
