import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import type { SeedHope } from './journeySeed';

/* Sam's hopes at the outcomes stage, and everyday answers to an outcome's questions. */

export const GAMES: SeedHope = { text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };
export const FRIENDS: SeedHope = { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] };
export const TRAVEL: SeedHope = { text: 'Go places on my own', theme: 'independent_living', needs: ['I get lost easily'] };

/** Types an answer to every question of one outcome after its step, ending with "yes" to the read-back. */
export async function finishOutcome(chat: Transcript, options: { confirm?: boolean } = {}): Promise<void> {
  await typeUntil(chat, Step.outcomeConfirm, {
    [Step.outcomeWhen]: 'end of year 11',
    [Step.outcomeMeasure]: 'three times a week',
    [Step.outcomeDoesForMe]: 'I would feel proud',
    [Step.outcomeMakesPossible]: 'I could do more things with friends',
    [Step.outcomeProvides]: 'a quiet room',
  });
  if (options.confirm !== false) await chat.say('yes');
}

/** The first hope's outcome, agreed: "By July 2027, I will cook pasta on my own." */
export const COOKED = 'By July 2027, I will cook pasta on my own.';

export function cookDone(draft: Draft): Draft {
  const cook = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: COOKED, aspirationId: cook.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'mum sees me', confirmed: true });
}
