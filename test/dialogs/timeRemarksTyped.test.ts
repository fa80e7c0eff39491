import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { dateOnlyChange } from '../../src/language/dateOnly';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const arjun = {
  today: '2026-12-02', who: 'parent_carer' as const, name: 'Arjun', age: 7, schoolYear: 2,
  hopes: [{ text: 'Arjun will be independent', theme: 'independent_living' as const, needs: ['He needs help in the toilet'] }],
};

describe('a new time at the read-back, with a remark pointing back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change. 6 month is too quick i think. make it end of year 3 like the other" changes the date only', async () => {
    ({ chat } = await startWith(arjun));
    for (const said of ['he tell adult when he need toilet', 'in 6 months', 'he tells the TA every day', 'he feel proud', 'he can go on school trips', 'toilet card']) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('change. 6 month is too quick i think. make it end of year 3 like the other');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('end of year 3');
    expect(outcome.statement).not.toMatch(/like the other/);
    expect(chat.lastQuestion?.activity.text).toMatch(/Arjun will tell adult when he needs toilet/);
  });
});

describe('dateOnlyChange with a bare "change" beside the new date', () => {
  const context = { today: '2026-12-02', schoolYear: 2, age: 7 };
  it('reads the date', () => {
    expect(dateOnlyChange('change. make it end of year 3 like the other', context)?.phrase).toBe('end of year 3');
  });
  it('leaves alone new words with a time in them', () => {
    expect(dateOnlyChange('change. he will wash hands by end of year 3', context)).toBeNull();
  });
});
