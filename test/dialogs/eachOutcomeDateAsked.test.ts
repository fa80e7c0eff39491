import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/*
 * Zara, 16, Year 11, gives two steps in one answer and a date for the first. The second outcome's
 * date is hers to say: "By when?" is asked for it too, with the first one's date offered, and no
 * date is copied without asking.
 */

const zara = () =>
  startWith({
    today: '2026-12-07', name: 'Zara', age: 16, schoolYear: 11,
    hopes: [{ text: 'i want to work with animals, maybe as a vet nurse', theme: 'learning_and_work', needs: ['new places make me anxious'] }],
  });

describe('each outcome has its own date', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the second outcome, cut from the same answer, is asked "By when?" and gets no date it was not given', async () => {
    ({ chat } = await zara());
    await chat.say('do a week of work experience at a vets. and learn to handle small animals');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('september 2027');
    await finishOutcome(chat, { confirm: false });
    expect(saidIn(await chat.say('yes'))).toMatch(/handle small animals/i);
    const replies = saidIn(await chat.say('yes'));
    expect(replies).not.toMatch(/I put september 2027/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.timeframe ?? null).toBeNull();
    // The first one's date is offered, by her own words, and "same as the first one" takes it.
    expect(chat.lastQuestion?.activity.text).toContain('september 2027');
    await chat.say('same as the first one');
    const second = (await chat.draft())!.outcomes[1]!;
    expect(second.timeframe?.date).toBe(outcomes[0]!.timeframe?.date);
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });

  it('a different time for the second outcome is kept as its own', async () => {
    ({ chat } = await zara());
    await chat.say('do a week of work experience at a vets. and learn to handle small animals');
    await chat.say('september 2027');
    await finishOutcome(chat, { confirm: false });
    await chat.say('yes');
    await chat.say('yes');
    await chat.say('by next summer');
    const [first, second] = (await chat.draft())!.outcomes;
    expect(second!.timeframe?.phrase).toMatch(/next summer/i);
    expect(second!.timeframe?.date).not.toBe(first!.timeframe?.date);
  });
});
