import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor, saidIn } from '../support/typedWay';

/*
 * Sam (22, not in school) in December types a month or a festival at "by when?": the date is read
 * and, closer than six months, he hears the kind short-step talk a school-age person hears.
 */

const sam = () =>
  typedTo(
    Step.outcomeWhen,
    { name: 'Sam', age: '22, not in school' },
    {
      ...typedToNeedsFor('i want to get a job in a shop'),
      [Step.needsBarrier]: 'i get lost on buses',
      [Step.needsHelps]: 'my mum shows me the way',
      [Step.needsMore]: 'no',
      [Step.outcomeStep]: 'get the bus to work on my own',
      [Step.outcomeDoesForMe]: 'i can go to work',
      [Step.outcomeMakesPossible]: 'earn money',
      [Step.outcomeProvides]: 'a travel trainer',
    },
    { today: '2026-12-05' },
  );

describe('a young adult names a month at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['by march', '2027-03-31'],
    ['end of feb', '2027-02-28'],
    ['in april sometime', '2027-04-30'],
    ['before easter', '2027-03-25'],
  ])('"%s" is read (%s) and offered as a short step', async (typed, date) => {
    chat = await sam();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/quite soon/);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('keep it as a short step');
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: typed, date });
  });

  it('"by the summer" (more than six months away) is kept with no short-step talk', async () => {
    chat = await sam();
    await chat.say('by the summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'by the summer', date: '2027-07-22' });
  });
});
