import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';

const BUS: SeedHope = { text: 'get to college on my own', theme: 'independent_living', needs: ['I get lost easily'] };

describe('filler around an outcome sentence', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['By July 2027, I will like maybe get the bus on my own i think.', 'step'],
    ['By July 2027, I will like maybe get the bus on my own i think.', 'confirm'],
  ])('"%s" at the %s: the plan sentence drops the filler, their words keep it', async (typed, where) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS] }));
    if (where === 'confirm') await chat.say('get the bus to college by july 2027');
    else await chat.say(typed);
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'my mum sees me do it',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could see my friends',
      [Step.outcomeProvides]: 'travel training',
    });
    if (where === 'confirm') await chat.say(`change it to ${typed}`);
    expect(chat.lastQuestion?.activity.text).toContain('"By July 2027, I will get the bus on my own."');
    for (let i = 0; i < 2 && chat.step === Step.outcomeConfirm; i++) await chat.say('yes');
    const o = (await chat.draft())!.outcomes[0]!;
    expect(o.statement).toBe('By July 2027, I will get the bus on my own.');
    expect(o.inTheirWords?.toLowerCase()).toContain(typed.toLowerCase().replace(/\.$/, ''));
  });

  it('"I will like my new school" keeps "like": it is the doing, not filler', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'be happy at school', theme: 'health_and_wellbeing', needs: ['I get anxious'] }] }));
    await chat.say('By July 2027, I will like my new school.');
    await walkTo(chat, Step.outcomeConfirm, {
      [Step.outcomeMeasure]: 'i go every day',
      [Step.outcomeDoesForMe]: 'i would feel calm',
      [Step.outcomeMakesPossible]: 'i could learn more',
      [Step.outcomeProvides]: 'a quiet room',
    });
    expect(chat.lastQuestion?.activity.text).toContain('I will like my new school');
  });
});
