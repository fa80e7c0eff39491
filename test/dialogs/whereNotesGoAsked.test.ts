import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, walkTo, type SeedHope } from './journeySeed';

/*
 * A parent at "What would it make possible?" asks "is this going to social services now": a question
 * about who sees the plan, answered truthfully, nothing kept as the outcome, and the question asked again.
 */
const STANDARD = createWords().forMode('standard');
const HOPES: SeedHope[] = [{ text: 'I should like him to have a friend', theme: 'friends_and_community', needs: ["he doesn't know how to join in with other children"] }];

describe('where the plan goes, asked at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"is this going to social services now" is answered, never kept, and the question asked again', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, { at: atOutcome(Step.outcomeStep) })));
    await chat.say('By July 2027 he will join in a game with one other child at playtime');
    await walkTo(chat, Step.outcomeMakesPossible, {
      [Step.outcomeMeasure]: 'his teacher sees him join in a game on 3 days a week',
      [Step.outcomeDoesForMe]: 'he would be happier',
    });
    const replies = await chat.say('is this going to social services now');
    const said = saidIn(replies);
    // No safeguarding lead in this chat: the note reaches the key worker only with the plan.
    expect(said).toContain(STANDARD('common:dataAsked.worryNoLead'));
    expect(said).toMatch(/Social services only sees/);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const outcome = (await chat.draft())!.outcomes[0];
    expect(JSON.stringify(outcome ?? {})).not.toMatch(/social services/i);
  });
});
