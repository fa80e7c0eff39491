import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saysWhoWillDoWhat } from '../../src/language/willSaid';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Paul, dad of Arlo (4), was asked to start with "Arlo will" and did: "Arlo will be able to say when
 * he needs the toilet". A parent's answer naming the child, with will, can or is able to (a lower-case
 * name or "wil" too), is a good sentence the first time; it is never asked for again.
 */
const HOPES = [{ text: 'I want Arlo to be toilet trained before school', theme: 'independent_living' as const, needs: ['he does not tell us when he needs the toilet'] }];
const SAID = ['Arlo will be able to say when he needs the toilet', 'arlo will tell us when he needs the toilet', 'Arlo wil say when he needs a wee', 'arlo can say when he needs the toilet', 'Arlo is able to tell us when he needs the toilet'];

describe('"Arlo will ..." typed by his dad', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of SAID) {
    it(`"${said}" after "Start with 'Arlo will'" at the step is taken`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Arlo', age: 4, schoolYear: 0 }, HOPES, { at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id, data: { coach: 'sayIt', tries: '1' } }) })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toMatch(/Start with/);
      expect(chat.step).not.toBe(Step.outcomeStep);
    });

    it(`"${said}" as new words for the outcome is read back the first time`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Arlo', age: 4, schoolYear: 0 }, HOPES, {
        change: (d) => ({ ...d, outcomes: [{ id: 'o1', statement: 'Arlo will use the potty.', aspirationId: d.aspirations[0]!.id, needIds: [], theme: 'independent_living', timeframe: { phrase: 'by July 2027', date: '2027-07-31' }, provision: [] } as never] }),
        at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: 'o1', rewording: '1' } }),
      })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toMatch(/Start with/);
    });
  }

  it('reads who will do what in these spellings, and not a "can\'t"', () => {
    for (const said of SAID) expect(saysWhoWillDoWhat(said, 'Arlo')).toBe(true);
    expect(saysWhoWillDoWhat("arlo can't use the toilet", 'Arlo')).toBe(false);
    expect(saysWhoWillDoWhat('arlo will need help', 'Arlo')).toBe(false);
  });
});
