import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome } from './outcomeSeed';

/*
 * Ollie, 15, types two things to do as two sentences, the second led by "and", with a moan about
 * the pool beside it. Each thing is its own outcome with its own time; the moan is in neither.
 */

const ollie = () =>
  startWith({ today: '2026-12-05', name: 'Ollie', age: 15, schoolYear: 10, hopes: [{ text: 'have more fun with my mates', theme: 'friends_and_community', needs: ['i get worried going out'] }] });

const TWO = 'go to the park with my mates on saturdays. and learn to swim, the pool near us is rubbish tho';

describe('two things to do joined by ". and", with a moan beside', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the first as this outcome and says the second comes next; the moan is kept nowhere', async () => {
    ({ chat } = await ollie());
    const said = await chat.say(TWO);
    expect(saidIn(said)).toMatch(/two things/i);
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.statement).toMatch(/park with my mates/i);
    expect(outcomes[0]!.statement).not.toMatch(/swim|pool|rubbish/i);
    expect(chat.step).toBe(Step.outcomeWhen);
  });

  it('the second, once offered and taken, is its own outcome, asked its own time with the first offered, without the moan', async () => {
    ({ chat } = await ollie());
    await chat.say(TWO);
    await chat.say('by the summer');
    await finishOutcome(chat, { confirm: false });
    const after = await chat.say('yes');
    expect(saidIn(after)).toMatch(/also said "learn to swim"/i);
    await chat.say('yeah');
    // Each outcome's date is asked; the first one's is offered, and "same" keeps the two together.
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('same as the first one');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/learn to swim/i);
    expect(JSON.stringify(outcomes)).not.toMatch(/pool|rubbish/i);
    expect(outcomes[0]!.timeframe?.phrase).toBe('by the summer');
    expect(outcomes[1]!.timeframe?.phrase).toBe('by the summer');
  });
});
