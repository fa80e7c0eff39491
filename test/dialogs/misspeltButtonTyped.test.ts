import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { GAMES } from './outcomeSeed';

/*
 * A button's words typed with a slip ("yes thats rihgt") mean that button: the
 * read-back is agreed, as the tap would do. A long reply with a slip in it is never taken for a button.
 */
describe('a button typed with a spelling slip', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function toReadBack(): Promise<void> {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Sam', age: 15, schoolYear: 10, hopes: [GAMES] }));
    await chat.say('make a simple game on my own by the end of year 11');
    await chat.say('my teacher plays it and it works');
    await chat.say('I would feel proud of myself');
    await chat.say('I could show it when I apply to college');
    await chat.say('a laptop');
    expect(chat.step).toBe(Step.outcomeConfirm);
  }

  it('"yes thats rihgt" at the read-back agrees the outcome as the tap would', async () => {
    await toReadBack();
    await chat.say('yes thats rihgt');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome).toMatchObject({ statement: 'By the end of Year 11, I will make a simple game on my own.', confirmed: true });
  });

  it('a slip in a long reply is not taken for a button: the outcome is not agreed by it', async () => {
    await toReadBack();
    await chat.say('hmm not really what i ment, i wanted to make a racing game with my mate');
    expect(chat.step).not.toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes[0]!.confirmed).not.toBe(true);
  });
});
