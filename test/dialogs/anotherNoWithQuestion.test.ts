import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* A "no" with a question beside it at "add another outcome?" is a no, and the question is answered: the outcome stays agreed. */

const KAI: Seed = {
  today: '2026-12-02', name: 'Kai', age: 19,
  hopes: [
    { text: 'travel on the train on my own', theme: 'independent_living', needs: ['delays'] },
    { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['interviews'] },
  ],
};

async function firstOutcome(chat: Transcript): Promise<void> {
  for (const m of ['go to college on the train on my own', 'by next summer', 'i would have gone every week for a month', 'i would feel proud', 'i could visit my brother', 'travel training', 'nothing more']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  await chat.say('yes');
  expect(chat.step).toBe(Step.outcomeAnother);
}

describe('a no and a question at "add another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i said no. i only have 2 hopes. is 2 allowed" keeps the outcome agreed and answers the question', async () => {
    ({ chat } = await startWith(KAI));
    await firstOutcome(chat);
    const said = saidIn(await chat.say('i said no. i only have 2 hopes. is 2 allowed'));
    expect(said).not.toMatch(/taken out/i);
    expect(said).toMatch(/that's fine/i);
    expect(said).not.toMatch(/at least three/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.confirmed).toBe(true);
    expect(chat.step).not.toBe(Step.outcomeConfirm);
  });
});
