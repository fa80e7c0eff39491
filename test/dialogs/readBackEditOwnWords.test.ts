import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';

const COOK: SeedHope = { text: 'cook my own meals', theme: 'independent_living', needs: ['I forget the steps'] };

describe('a read-back edit', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'change it to i will make a cup of tea on my own',
    'no, make it: i will make a cup of tea on my own',
    'can you change it to i will make a cup of tea on my own',
  ])('"%s" at the read-back is kept in their own words too', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [COOK] }));
    await chat.say('ok here goes. make toast on my own lol by next summer');
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'my mum sees me do it',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could make my own breakfast',
      [Step.outcomeProvides]: 'a picture recipe card',
    });
    expect((await chat.draft())!.outcomes[0]!.inTheirWords).toMatch(/make toast/);
    await chat.say(typed);
    for (let i = 0; i < 2 && chat.step === Step.outcomeConfirm; i++) await chat.say('yes');
    const after = (await chat.draft())!.outcomes[0]!;
    expect(after.statement).toMatch(/make a cup of tea on my own/i);
    expect(after.inTheirWords).toMatch(/make a cup of tea on my own/i);
    expect(after.inTheirWords).not.toMatch(/toast/);
  });

  it('a plain yes at the read-back keeps their first answer in their own words', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [COOK] }));
    await chat.say('ok here goes. make toast on my own lol by next summer');
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'my mum sees me do it',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could make my own breakfast',
      [Step.outcomeProvides]: 'a picture recipe card',
    });
    await chat.say('yes');
    expect((await chat.draft())!.outcomes[0]!.inTheirWords).toMatch(/make toast on my own lol/);
  });
});
