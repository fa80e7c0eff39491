import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { quoteOf } from '../../src/language/quoteOf';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "My job coach will see me do it. I will have done it five times on my own." was read back as its
 * first sentence only. The read-back shows the whole measure, or a quote with "..." when long.
 */

const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i cannot cook yet'] };
const SAM: Seed = { today: '2026-12-03', name: 'Sam', age: 19, schoolYear: 14, hopes: [FLAT] };
const MEASURE = 'My job coach will see me do it. I will have done it five times on my own.';

describe('the measure read back whole', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('both sentences of the measure are kept and read back', async () => {
    ({ chat } = await startWith(SAM));
    await chat.say('I will cook a simple meal on my own');
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say(MEASURE);
    for (const [step, typed] of [[Step.outcomeDoesForMe, 'I would not need mum to cook'], [Step.outcomeMakesPossible, 'living in my own flat'], [Step.outcomeProvides, 'cooking lessons at college']] as const) {
      if (chat.step === step) await chat.say(typed);
    }
    expect(chat.step).toBe(Step.outcomeConfirm);
    const measure = (await chat.draft())!.outcomes[0]!.measure ?? '';

    expect(measure).toMatch(/five times/);
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).toMatch(/job coach/);
    expect(asked).toContain('My job coach will see me do it. I will have done it five times on my own.');
  });

  it('a short quote of two sentences is marked "…", never silently cut at a full stop', () => {
    expect(quoteOf('My job coach will see me do it. I will have done it five times on my own.')).toBe('My job coach will see me do it…');
    expect(quoteOf('My job coach will see me do it.')).toBe('My job coach will see me do it');
  });
});
