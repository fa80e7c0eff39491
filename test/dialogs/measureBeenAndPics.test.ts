import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { tidyTextSpeak } from '../../src/language';
import { readsAsBenefit } from '../../src/language/benefitNotMeasure';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Kofi, 15, asked how everyone would know he went to an arsenal match: "ill have been lol. and
 * pics". Having been there and the photos are what anyone could see: the measure, without "lol",
 * shown as "I'll have been. and photos". "ill have been happier" is still what it would do for him.
 */

describe('"ill have been lol. and pics" at "how would you know?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as the measure without the laughing, and what it does for him is asked next', { timeout: 60000 }, async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kofi', age: 15, schoolYear: 10, hopes: [{ text: 'go to an arsenal match', theme: 'friends_and_community', needs: ['the stadium is loud'] }] }));
    await chat.say('go to an arsenal match with my dad');
    for (let turn = 0; turn < 3 && chat.step !== Step.outcomeMeasure; turn++) await chat.say('by the end of the season');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('ill have been lol. and pics');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('ill have been. and pics');
    expect(outcome.doesForMe ?? '').toBe('');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect(tidyTextSpeak(outcome.measure!)).toBe("I'll have been. and photos");
  });

  it.each(['ill have been happier', 'i would feel proud', 'i feel ill have to go home'])('"%s" is not read as having been there', (typed) => {
    expect(tidyTextSpeak(typed)).not.toMatch(/photos/);
    if (typed !== 'i feel ill have to go home') expect(readsAsBenefit(typed)).toBe(true);
    else expect(tidyTextSpeak(typed)).toBe('I feel ill have to go home');
  });
});
