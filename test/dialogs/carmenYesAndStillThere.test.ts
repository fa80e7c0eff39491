import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/* Carmen, mum of Luca (5), agrees the outcome read back and asks in the same message whether the speech therapy is still in it. */

const HOPES = [{ text: 'Luca to talk with his friends', theme: 'friends_and_community' as const, needs: ['his speech is hard to understand'] }];

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Luca', age: 5, schoolYear: 1 }, HOPES, { at: atOutcome(Step.outcomeStep) }));
  await chat.say('Luca will ask a friend to play at break time by July 2027');
  await walkTo(chat, Step.outcomeConfirm, {
    [Step.outcomeMeasure]: 'his teacher sees him ask a friend on 3 days a week',
    [Step.outcomeDoesForMe]: 'he would be happier',
    [Step.outcomeMakesPossible]: 'he could go to parties',
    [Step.outcomeProvides]: 'speech therapy once a week',
  });
  return chat;
}

describe('Carmen says yes and asks about the speech therapy', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes. the speech therapy is still in there somewhere tho isnt it?" saves the outcome and answers the question', async () => {
    chat = await atReadBack();
    const reply = saidIn(await chat.say('yes. the speech therapy is still in there somewhere tho isnt it?'));
    expect(reply).toMatch(/still there: "speech therapy once a week"/);
    expect(reply).not.toMatch(/Which part shall we change/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toMatch(/ask a friend to play at break time/);
    expect(chat.step).toBe(Step.outcomeAnother);
  });

  it('asked about words the outcome does not hold, it says so and still saves the yes', async () => {
    chat = await atReadBack();
    const reply = saidIn(await chat.say('yes. the swimming is still in there isnt it?'));
    expect(reply).toMatch(/can't see "swimming"/);
    expect((await chat.draft())!.outcomes[0]!.confirmed).toBe(true);
  });
});
