import { MAX_OUTCOMES } from '../src/domain/checks';
import { addAspiration, type Draft } from '../src/domain/draft';
import { onlySaysUnsure, readReviewRequest, themeOfWords } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { understandYesNo } from './closedReplies';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { isBotWords } from './outcomeCoach';
import { notUnderstood, RequestData as D, ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A new hope at the review: asked for in the person's words, read back, kept after a yes; then its
 * outcome now (the outcome questions, then back to the review) or later (kept with no outcome yet).
 */

export async function askedForHope(session: JourneySession, position: Position, text: string): Promise<Next> {
  const said = text.trim();
  const { answer, rest } = readPolarity(said);
  // "no", "never mind": nothing added.
  if ((answer === 'no' && !rest) || /^(?:never\s*mind|nevermind|forget it|nothing|cancel|no thanks)$/i.test(said)) return { say: [{ key: T.addNothing }], goTo: { step: Step.reviewSummary } };
  if (!said || (answer !== null && !rest) || onlySaysUnsure(said) || isBotWords(said, session.words)) return notUnderstood(position);
  // "add a hope: to swim" said again here is the hope itself.
  const request = readReviewRequest(said);
  const hope = request?.kind === 'addHope' && request.hope ? request.hope : said;
  return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: hope } } };
}

export async function confirmHope(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const answer = understandYesNo(text);
  const hope = position.data?.[D.hope] ?? '';
  if (answer === 'no') {
    const rest = readPolarity(text).rest.trim();
    // "no, I want to swim at the big pool": the words they meant, read back again.
    if (rest.split(/\s+/).length >= 2 && !isBotWords(rest, session.words)) return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'confirm', [D.hope]: rest } } };
    return { goTo: { step: Step.reviewChange, data: { [D.addHope]: 'ask' } } };
  }
  if (answer !== 'yes' || !hope) return notUnderstood(position);
  let hopeId = '';
  await session.updateDraft('hope added in review', (d) => {
    const added = addAspiration(d, hope, themeOfWords(hope));
    hopeId = added.aspiration.id;
    return added.draft;
  });
  // A plan has at most six outcomes: the hope is kept, with none yet.
  if (draft.outcomes.length >= MAX_OUTCOMES) return { say: [{ key: T.addKeptNoOutcome }], goTo: { step: Step.reviewSummary } };
  return { say: [{ key: T.addAdded }], goTo: { step: Step.reviewChange, data: { [D.addHope]: 'outcome', [D.hopeId]: hopeId } } };
}

export function outcomeNow(draft: Draft, position: Position, text: string): Next {
  const answer = understandYesNo(text);
  const hopeId = position.data?.[D.hopeId] ?? '';
  const hope = draft.aspirations.find((a) => a.id === hopeId);
  if (answer === 'no' || !hope) return { say: [{ key: T.addKeptNoOutcome }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  // The outcome questions for this hope; when they end, the review opens again.
  return { openAt: { stage: Stage.outcomes, step: Step.outcomeStep, topic: hope.id, data: {} } };
}
