import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { withoutWishAside } from '../../src/language/wishAside';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

const CLUBS = { text: 'have friends', theme: 'friends_and_community' as const, needs: ['she is shy'] };

describe('a wish said after the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is not kept in how everyone will know', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ffion', age: 9, schoolYear: 4 }, [CLUBS])));
    await chat.say('she will go to a club by july 2027');
    for (let i = 0; i < 3 && chat.step !== Step.outcomeMeasure; i++) await chat.say('july 2027');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('she goes to 2 clubs a week and shed get invited to a party would be nice');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('she goes to 2 clubs a week');
  });

  it.each([
    ['she says hi to 3 kids a day. a sleepover would be great too', 'she says hi to 3 kids a day'],
    ['he can get the bus on his own, going to town would be good', 'he can get the bus on his own'],
    ['that would be nice', 'that would be nice'],
    ['she has a friend would be nice', 'she has a friend would be nice'],
  ])('"%s" keeps "%s"', (typed, kept) => expect(withoutWishAside(typed)).toBe(kept));
});
