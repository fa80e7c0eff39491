import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome } from '../../src/domain/outcomeOperations';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * Hana at "What would it do for you?" for her second outcome: "same as the bus one really" means the
 * answer she gave for the bus outcome; it is copied, and the bot says so. The pointer is never kept.
 */

const FIRST_ANSWER = 'id feel more grown up and my mum wouldnt have to drive me';

function withBusOutcome(d: Draft): Draft {
  const started = startOutcome(d, { aspirationId: d.aspirations[0]!.id, statement: 'I will get the bus to college on my own' });
  return updateOutcome(started.draft, started.outcome.id, { doesForMe: FIRST_ANSWER, makesPossible: 'i could see my friends in town', confirmed: true });
}

const HANA: Seed = {
  today: '2026-12-03',
  name: 'Hana',
  age: 16,
  schoolYear: 11,
  hopes: [
    { text: 'get the bus to college on my own', theme: 'independent_living', needs: ['i get lost when the bus goes a different way'] },
    { text: 'go to the shop on my own', theme: 'independent_living', needs: ['counting change is hard'] },
  ],
  change: withBusOutcome,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[1]!.id }),
};

describe('"same as the other one" at what it would do', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['same as the bus one really', 'the same as the other one', 'same as the college bus one tbh', 'same as for the bus one', 'same as the bus one really 😊'])('%j keeps the earlier answer', async (typed) => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeDoesForMe, {
      [Step.outcomeStep]: 'go to the corner shop on my own once a week',
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'i come home with the shopping and the right change',
    });
    const replies = await chat.say(typed);
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.doesForMe).toBe(FIRST_ANSWER);
    expect(replies.map((r) => r.text ?? '').join(' ')).toContain('the same as before');
  });

  it('"Same like before. I am less scared and can eat lunch with my friends" keeps the earlier answer and the new words, never the pointer', async () => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeDoesForMe, {
      [Step.outcomeStep]: 'go to the corner shop on my own once a week',
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'i come home with the shopping and the right change',
    });
    await chat.say('Same like before. I am less scared and can eat lunch with my friends');
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.doesForMe).toContain(FIRST_ANSWER);
    expect(second.doesForMe).toMatch(/less scared/);
    expect(second.doesForMe).not.toMatch(/same like/i);
  });

  it('"Sorry, this is same like before question? I dont know. Maybe ..." at what it makes possible keeps only the answer', async () => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeMakesPossible, {
      [Step.outcomeStep]: 'go to the corner shop on my own once a week',
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'i come home with the shopping and the right change',
      [Step.outcomeDoesForMe]: 'i would feel proud',
    });
    await chat.say('Sorry, this is same like before question? I dont know. Maybe I can go to swimming lessons with my friends');
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.makesPossible).toMatch(/^Maybe I can go to swimming lessons/);
    expect(JSON.stringify(second)).not.toMatch(/same like|dont know/i);
  });

  it('"id feel more grown up" is its own answer, never copied', async () => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeDoesForMe, {
      [Step.outcomeStep]: 'go to the corner shop on my own once a week',
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'i come home with the shopping and the right change',
    });
    await chat.say('id feel proud');
    expect((await chat.draft())!.outcomes[1]!.doesForMe).toBe('id feel proud');
  });
});
