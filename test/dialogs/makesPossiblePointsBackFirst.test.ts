import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { withoutSameQuestionAsked } from '../../src/language/sameQuestionAsked';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';

const BUS: SeedHope = { text: 'get to college on my own', theme: 'independent_living', needs: ['I get lost easily'] };

describe('"didnt i just say that?" before what it makes possible', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps only the answer after it, without the hedge', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [BUS] }));
    await chat.say('get the bus to college by july 2027');
    await walkTo(chat, Step.outcomeMakesPossible, { [Step.outcomeMeasure]: 'i go every week', [Step.outcomeDoesForMe]: 'i would feel happy' });
    await chat.say('didnt i just say that? talking to other kids maybe');
    const o = (await chat.draft())!.outcomes[0]!;
    expect(o.makesPossible).toBe('talking to other kids');
  });

  it.each([
    ['i already said that? going to the park with my mates', 'going to the park with my mates'],
    ['did i not say that already? more friends', 'more friends'],
    ['didnt i just say that?', 'didnt i just say that?'],
    ['i said that i want friends', 'i said that i want friends'],
  ])('"%s" leaves "%s"', (typed, left) => expect(withoutSameQuestionAsked(typed)).toBe(left));
});
