import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Jordan at "by when?": a feeling alone ("feel proud") is what it would do for him, kept, and the date asked again. */

const BIKES = { text: 'work with bikes', theme: 'learning_and_work' as const, needs: ['I get nervous with new people'] };

describe('a feeling said at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['feel proud', 'proud', 'happy', 'id feel proud', 'more confident', 'proud init'])('"%s" is kept as what it would do, and the date asked again', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Jordan', age: 22, hopes: [BIKES] }));
    await chat.say('do a trial at evans cycles');
    expect(chat.step).toBe(Step.outcomeWhen);
    const reply = saidIn(await chat.say(typed));
    expect(reply).not.toMatch(/couldn't work out a date/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? '').toMatch(/proud|happy|confident/);
  });

  it('"by july 2027" is still the date', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Jordan', age: 22, hopes: [BIKES] }));
    await chat.say('do a trial at evans cycles');
    await chat.say('by july 2027');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toMatch(/july/);
  });
});
