import { addAspiration, markItemChanged, type Draft } from '../src/domain/draft';
import { quoteHope } from '../src/language/hopeItself';
import { hopeWords } from '../src/language/hopeWords';
import { asksForNewHope, newHopeWords, saysDoNotChange } from '../src/language/wrongHope';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { hopePointedAt, quoteOf, themeOfWords } from '../src/language';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import { asksToPutBack } from '../src/language/putBack';
import type { Position } from './journey';
import { outcomeMoved } from './outcomeThread';
import { changeableItems, matchItems } from './reviewItems';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * At the review, an outcome said to belong to another hope ("can it go under happy and friend
 * hope?", "move the swimming one to the friends hope") moves there: its hope, its needs (those of
 * the new hope its words answer) and its part of life follow, so the golden thread stays true.
 * Which outcome and which hope are asked for when the words leave them open; a named pair is read
 * back for a yes first.
 */

/** The position note while the hope is still to be picked. */
const ASK = 'ask';
/** The position note while the words of a new hope for the outcome are asked. */
const NEW = 'new';

const outcomeItems = (draft: Draft): SummaryItem[] => changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
const needsOf = (draft: Draft) => (id: string) => draft.needs.filter((n) => n.aspirationIds.includes(id)).map((n) => n.text);

/** The hopes an outcome could move to: every hope but its own, as the card lists them. */
export function hopeChoices(draft: Draft, outcomeId: string): SummaryItem[] {
  const own = draft.outcomes.find((o) => o.id === outcomeId)?.aspirationId;
  return changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration && i.id !== own);
}

/** The outcomes a move may be about, for the pick. */
export const movableOutcomes = outcomeItems;

/**
 * Where "move the swimming one to the friends hope" leads: the outcome named (or the one being
 * changed, or the only one), else a pick; the hope named, else a pick once the outcome is known.
 * `away`: it was asked to leave its hope, so with one other hope that hope is read back for a yes.
 */
export function startToHope(draft: Draft, target: string, hopeWords: string, current?: SummaryItem, away = false): Next {
  const outcomes = outcomeItems(draft);
  let named = target ? matchItems(draft, outcomes, target) : current?.labelKey === SUMMARY_LABEL_KEYS.outcome ? [current] : outcomes.length === 1 ? outcomes : [];
  if (target && named.length === 0) {
    // "the swimming one": the outcome of the hope about swimming.
    const hope = hopePointedAt(target, draft.aspirations, needsOf(draft));
    const under = hope ? outcomes.filter((i) => draft.outcomes.some((o) => o.id === i.id && o.aspirationId === hope.id)) : [];
    if (under.length > 0) named = under;
  }
  const outcome = named.length === 1 ? named[0] : undefined;
  const hopes = outcome ? draft.aspirations.filter((a) => a.id !== draft.outcomes.find((o) => o.id === outcome.id)?.aspirationId) : draft.aspirations;
  const hope = hopeWords ? (hopePointedAt(hopeWords, hopes, needsOf(draft)) ?? hopePointedAt(hopeWords, draft.aspirations, needsOf(draft))) : undefined;
  // "move it so its not under the independant hope" with one other hope: that hope, read back for a yes.
  const only = away && !hopeWords && outcome && hopes.length === 1 ? hopes[0] : undefined;
  const toHope = hope?.id ?? only?.id ?? ASK;
  if (!outcome) return { goTo: { step: Step.reviewChange, data: { [D.toHope]: toHope, ...(named.length > 1 ? { [D.choose]: named.map((n) => n.id).join(' ') } : {}) } } };
  return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.toHope]: toHope } } };
}

/** The question while an outcome is moving: which outcome, which hope, or a yes to the move. */
export function toHopeQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const data = position.data ?? {};
  const to = data[D.toHope];
  if (!draft || !to) return undefined;
  const step = Step.reviewChange;
  const outcome = data.itemId ? draft.outcomes.find((o) => o.id === data.itemId) : undefined;
  if (!outcome) return { step, words: { key: T.toHopePickOutcome } };
  if (to === NEW) return { step, words: { key: T.toHopeNewHope, vars: { text: quoteOf(outcome.statement) } } };
  const hope = draft.aspirations.find((a) => a.id === to);
  if (!hope) return { step, words: { key: T.toHopePickHope, vars: { text: quoteOf(outcome.statement) } } };
  return { step, words: { key: T.toHopeConfirm, vars: { text: quoteOf(outcome.statement), hope: quoteHope(hope.text) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** The buttons while the hope is picked; undefined at the other questions of the move. */
export function toHopeButtons(draft: Draft, position: Position): SummaryItem[] | undefined {
  const data = position.data ?? {};
  return data.itemId && data[D.toHope] === ASK ? hopeChoices(draft, data.itemId) : undefined;
}

/** The answer once the outcome is known: the hope picked (then moved), or a yes or no to the move. */
export async function answerToHope(session: JourneySession, draft: Draft, position: Position, outcomeId: string, text: string): Promise<Next> {
  const to = position.data?.[D.toHope];
  if (to === NEW) return newHopeFor(session, draft, outcomeId, text, position);
  // "no dont change road dream. I want new dream for toilet": a new hope for the outcome, never new words for another.
  if (asksForNewHope(text)) {
    const words = newHopeWords(text);
    if (words.split(/\s+/).length >= 3) return newHopeFor(session, draft, outcomeId, words, position);
    return { goTo: { step: Step.reviewChange, data: { itemId: outcomeId, [D.toHope]: NEW } } };
  }
  if (to === ASK) {
    const choices = hopeChoices(draft, outcomeId);
    const picked = matchItems(draft, choices, text);
    const hope = picked.length === 1 ? draft.aspirations.find((a) => a.id === picked[0]!.id) : hopePointedAt(text, draft.aspirations.filter((a) => choices.some((c) => c.id === a.id)), needsOf(draft));
    return hope ? moveOutcome(session, draft, outcomeId, hope.id) : notUnderstood(position);
  }
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes' || !to) return notUnderstood(position);
  return moveOutcome(session, draft, outcomeId, to);
}

/** A new hope in the person's words, and the outcome moved under it. */
async function newHopeFor(session: JourneySession, draft: Draft, outcomeId: string, text: string, position: Position): Promise<Next> {
  const words = hopeWords(text);
  if (!words || saysDoNotChange(words) || asksForNewHope(words)) return notUnderstood(position);
  let hopeId = '';
  await session.updateDraft('new hope for an outcome in review', (d) => {
    const added = addAspiration(d, words, themeOfWords(words));
    hopeId = added.aspiration.id;
    return markItemChanged(added.draft, hopeId, session.today);
  });
  const next = await session.draft();
  return next ? moveOutcome(session, next, outcomeId, hopeId) : { goTo: { step: Step.reviewSummary } };
}

async function moveOutcome(session: JourneySession, draft: Draft, outcomeId: string, hopeId: string): Promise<Next> {
  const outcome = draft.outcomes.find((o) => o.id === outcomeId);
  const hope = draft.aspirations.find((a) => a.id === hopeId);
  if (!outcome || !hope) return { goTo: { step: Step.reviewSummary } };
  const vars = { text: quoteOf(outcome.statement), hope: quoteHope(hope.text) };
  if (outcome.aspirationId === hope.id) return { say: [{ key: T.toHopeAlready, vars }], goTo: { step: Step.reviewSummary } };
  await session.updateDraft('outcome moved to another hope in review', (d) =>
    markItemChanged(outcomeMoved(d, outcomeId, hope, { toHopeOnly: true }), outcomeId, session.today),
  );
  // Where it came from is kept on the read-back, so "put it back" can undo the move.
  return { say: [{ key: T.toHopeMoved, vars }], goTo: { step: Step.reviewSummary, data: { [D.movedFrom]: `${outcomeId} ${outcome.aspirationId}` } } };
}

/** "put it back" just after a move: the same outcome offered back to the hope it came from, for a yes. */
export function putBackAt(draft: Draft | undefined, position: Position, text: string): Next | undefined {
  const [outcomeId, hopeId] = (position.data?.[D.movedFrom] ?? '').split(' ');
  if (!draft || !outcomeId || !hopeId || !asksToPutBack(text)) return undefined;
  if (!draft.outcomes.some((o) => o.id === outcomeId) || !draft.aspirations.some((a) => a.id === hopeId)) return undefined;
  return { goTo: { step: Step.reviewChange, data: { itemId: outcomeId, [D.toHope]: hopeId } } };
}
