import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * Hana at "What would it provide? What help would you need?": "nothing really" only plays the help
 * down; the bus pass she names is the help kept, and "nothing really" is never kept as help.
 */

const HANA: Seed = {
  today: '2026-12-03',
  name: 'Hana',
  age: 16,
  schoolYear: 11,
  hopes: [{ text: 'get the bus to college on my own', theme: 'independent_living', needs: ['i get lost when the bus goes a different way'] }],
};

describe('"nothing really" beside the help named', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['nothing really, just the bus pass', /bus pass/i],
    ['not much really, a bus pass', /bus pass/i],
    ['nothing else really. my bus pass and a travel buddy', /bus pass/i],
  ])('%j keeps only the help named', async (typed, named) => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeProvides, {
      [Step.outcomeStep]: 'get the bus to college on my own 3 days a week',
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'my mum doesnt have to drive me',
      [Step.outcomeDoesForMe]: 'id feel grown up',
      [Step.outcomeMakesPossible]: 'i could go into town with friends',
    });
    await chat.say(typed);
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision.some((p) => named.test(p))).toBe(true);
    expect(provision.join(' | ')).not.toMatch(/nothing|not much/i);
  });
});
