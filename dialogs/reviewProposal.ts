import type { Draft, DraftComment } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';
import { answerProposal, pendingProposals, type ProposalAnswer } from '../src/domain/proposals';
import { Step } from './ids';
import type { Position } from './journey';
import { PROPOSAL_CHOICES, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';
import { takesOfferedWords } from '../src/language/offeredWordsTaken';

/*
 * review.proposal: the key worker proposed new words for one of the person's items. They use
 * them, change them (then type their own) or keep their own. One proposal at a time, oldest first.
 */

const CHANGING = 'changing';

export function nextProposal(draft: Draft | undefined): DraftComment | undefined {
  return draft ? pendingProposals(draft)[0] : undefined;
}

export function proposalPosition(comment: DraftComment): Omit<Position, 'stage'> {
  return { step: Step.reviewProposal, data: { commentId: comment.id } };
}

function proposalOf(draft: Draft | undefined, position: Position): DraftComment | undefined {
  const id = position.data?.commentId;
  return id ? pendingProposals(draft ?? ({ comments: [] } as unknown as Draft)).find((c) => c.id === id) : undefined;
}

export function proposalQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const comment = proposalOf(draft, position);
  if (!comment?.proposal || !draft) return undefined;
  if (position.data?.[CHANGING]) return { step: Step.reviewProposal, words: { key: T.proposalNewWords } };
  const item = summaryItems(draft).find((i) => i.id === comment.itemId)?.text ?? '';
  const details = [comment.proposal.howOften, comment.proposal.who].filter(Boolean).join('; ');
  return {
    step: Step.reviewProposal,
    words: details
      ? { key: T.proposalQuestionProvision, vars: { item, text: comment.proposal.text, details } }
      : { key: T.proposalQuestion, vars: { item, text: comment.proposal.text } },
    choices: PROPOSAL_CHOICES,
  };
}

/** "yes" uses the words, "no" keeps mine; anything else that is not a choice is not understood. */
function readAnswer(text: string, session: JourneySession): ProposalAnswer | undefined {
  // "Please put that instead of what I wrote": the words offered, in place of theirs.
  if (takesOfferedWords(text)) return 'accepted';
  const choice = matchChoice(text, PROPOSAL_CHOICES, session.words);
  if (choice === 'accepted' || choice === 'changed' || choice === 'refused') return choice;
  const said = text.trim().toLowerCase();
  if (/^(?:y|yes|yeah|yep|ok|okay|sure|use them|yes please)\b/.test(said)) return 'accepted';
  if (/^(?:n|no|nope|no thanks|keep mine|keep my words)\b/.test(said)) return 'refused';
  if (/\b(?:change|edit|different)\b/.test(said)) return 'changed';
  return undefined;
}

export async function answerProposalStep(session: JourneySession, position: Position, text: string): Promise<Next> {
  const draft = await session.draft();
  const comment = proposalOf(draft, position);
  if (!comment) return { goTo: { step: Step.reviewSummary } };
  const after = (key: string, updated: Draft): Next => {
    const next = nextProposal(updated);
    return { say: [{ key }], goTo: next ? proposalPosition(next) : { step: Step.reviewSummary } };
  };
  // New words were asked for, but "put that instead of what I wrote" takes the words offered after all.
  if (position.data?.[CHANGING] && !takesOfferedWords(text)) {
    const updated = await session.updateDraft('own words instead of a suggestion', (d) => answerProposal(d, comment.id, 'changed', session.today, text));
    return after(T.proposalChanged, updated);
  }
  const answer = readAnswer(text, session);
  if (!answer) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  if (answer === 'changed') return { goTo: { step: Step.reviewProposal, data: { commentId: comment.id, [CHANGING]: 'yes' } } };
  const summary = answer === 'accepted' ? "used the key worker's words" : "kept own words over a suggestion";
  const updated = await session.updateDraft(summary, (d) => answerProposal(d, comment.id, answer, session.today));
  return after(answer === 'accepted' ? T.proposalAccepted : T.proposalRefused, updated);
}
