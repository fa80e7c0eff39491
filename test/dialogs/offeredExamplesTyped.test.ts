import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { offeredIn } from '../../dialogs/offeredExamples';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* A bare "yes" or "ok" after the bot offered one example asks for their own words ("yes that one" takes it); after a choice, it asks which one. */

const FOOTBALL: SeedHope = { text: 'play football for a team', theme: 'friends_and_community', needs: ['i get anxious around new people'] };
const said = (replies: { text?: string }[]) => replies.map((a) => a.text ?? '').join('\n');

describe('yes to what the bot offered', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const start = async () => ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [FOOTBALL] }));

  for (const typed of ['yeah', 'ok', 'yes']) {
    it(`"${typed}" to "Tell me one thing, like ..." never keeps the example: their own words are asked for`, async () => {
      await start();
      await chat.say('be happy');
      expect(chat.step).toBe(Step.outcomeStep);
      const reply = said(await chat.say(typed));
      expect(reply).toMatch(/only an example/);
      expect(chat.step).toBe(Step.outcomeStep);
      expect((await chat.draft())?.outcomes[0]?.statement ?? '').not.toMatch(/team on Saturdays/);
    });
  }

  for (const typed of ['yes that one', 'that one please']) {
    it(`"${typed}" to "Tell me one thing, like ..." keeps the example offered as the step`, async () => {
      await start();
      await chat.say('be happy');
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeWhen);
      const outcome = (await chat.draft())?.outcomes[0];
      expect(outcome?.statement).toMatch(/team on Saturdays/);
      expect(outcome?.statement).not.toMatch(/that one/i);
    });
  }

  it('"yes" to two ideas asks which one, and "the park one" takes that idea', async () => {
    await start();
    await chat.say('not sure');
    const replies = await chat.say('yes');
    expect(said(replies)).toMatch(/which one do you mean/i);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
    await chat.say('the park one');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/friend at the park/);
  });

  it('"yes" to "Is that in about 6 months, or by the summer?" keeps no date and asks which one', async () => {
    await start();
    await chat.say('go to training every week');
    await chat.say('soon');
    const replies = await chat.say('yes');
    expect(said(replies)).toMatch(/which one do you mean/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())?.outcomes[0]?.timeframe ?? null).toBeNull();
    // The summer is soon: read back as the time they picked.
    expect(said(await chat.say('the 2nd one'))).toMatch(/"by the summer" is quite soon/);
  });

  it('"yes" to "stop this outcome, or stop chatting?" asks which one, and stops nothing', async () => {
    await start();
    await chat.say('go to training every week');
    await chat.say('stop');
    const replies = await chat.say('yes');
    expect(said(replies)).toMatch(/which one do you mean/i);
    expect((await chat.draft())?.outcomes).toHaveLength(1);
  });
});

describe('what counts as offered', () => {
  it('reads one example, a list, and a choice of two', () => {
    expect(offeredIn(['Tell me one thing, like "meeting a friend at the park".'])).toEqual({ options: ['meeting a friend at the park'], either: false });
    expect(offeredIn(['You could say something like "to go to college", "to have a job" or "to go out with friends".'])?.options).toHaveLength(3);
    expect(offeredIn(['That\'s fine. Is that in about 6 months, or by the summer?'])).toEqual({ options: ['in about 6 months', 'by the summer'], either: true });
  });

  it('never offers their own words quoted back, nor the example of what a word means', () => {
    expect(offeredIn(['You said "be happy". What would you be doing?'])).toBeUndefined();
    expect(offeredIn(['An outcome is something you will do. For example: "By next summer, I will travel to college on my own."'])).toBeUndefined();
  });
});
