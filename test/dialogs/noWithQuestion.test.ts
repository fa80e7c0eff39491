import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil, type Typed } from '../support/typedWay';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * A "no" with a question beside it ("no. how many can i have?") at any yes / no question is a no,
 * and the question is answered: at "add another outcome?" the outcome stays agreed; at "another
 * hope?" and "anything else hard?" nothing is kept and the chat moves on.
 */

const KAI: Seed = {
  today: '2026-12-02', name: 'Kai', age: 19,
  hopes: [
    { text: 'travel on the train on my own', theme: 'independent_living', needs: ['delays'] },
    { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['interviews'] },
  ],
};

/** Kai's first outcome, typed as he types it, up to "add another outcome?". */
const FIRST_OUTCOME: Typed = {
  [Step.outcomeStep]: 'go to college on the train on my own',
  [Step.outcomeWhen]: 'by next summer',
  [Step.outcomeMeasure]: 'i would have gone every week for a month',
  [Step.outcomeDoesForMe]: 'i would feel proud',
  [Step.outcomeMakesPossible]: 'i could visit my brother',
  [Step.outcomeProvides]: ['travel training', 'nothing more'],
  [Step.outcomeConfirm]: 'yes',
};

describe('a no and a question at "add another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i said no. i only have 2 hopes. is 2 allowed" keeps the outcome agreed and answers the question', async () => {
    ({ chat } = await startWith(KAI));
    await typeUntil(chat, Step.outcomeAnother, FIRST_OUTCOME);
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

describe('a no and a question at the other yes / no questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no. how many can i have?" at "another hope?" answers the question, keeps no hope and moves on', async () => {
    ({ chat } = await startWith({ ...KAI, at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    const said = saidIn(await chat.say('no. how many can i have?'));
    expect(said).toMatch(/that's fine/i);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(KAI.hopes.map((h) => h.text));
    expect(chat.step).not.toBe(Step.hopesMore);
  });

  it('"nope, is that enough?" at "anything else that makes it hard?" answers the question, keeps no need and moves on', async () => {
    ({ chat } = await startWith({ ...KAI, at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }) }));
    const said = saidIn(await chat.say('nope, is that enough?'));
    expect(said).toMatch(/that's fine/i);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['delays', 'interviews']);
    expect(chat.step).not.toBe(Step.needsMore);
  });

  it('leave alone: a plain "no" at "another hope?" moves on without the answer', async () => {
    ({ chat } = await startWith({ ...KAI, at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    const said = saidIn(await chat.say('no'));
    expect(said).not.toMatch(/that's fine/i);
    expect(chat.step).not.toBe(Step.hopesMore);
  });
});
