import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * A parent at "does Lily feel safe?": "yes. can her dad still see her after what he did?". The yes is not
 * the whole answer: harm in the past is pointed at, so the bot asks gently how things are and never says "good".
 * A yes with a change told ("yes now, since he left") or a plain question about pick-ups stays a yes.
 */

const LILY = { who: 'A parent or carer', name: 'Lily', age: '11' } as const;

describe('a yes at the safety question that points at harm done before', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each([
    'yes. can her dad still see her after what he did?',
    'yes she is now. is he allowed to see her after what he did to her?',
    'yeah since her dad left. after what he did i dont want him near her',
  ])('%j is heard: no "good", a gentle check', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/\bgood\b/i);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(['yes now, since he left', 'yes. is her dad allowed to pick her up?', 'yes. after what he did for her birthday she loves him'])(
    'look-alike: %j stays a yes, nothing asked',
    async (typed) => {
      chat = await typedTo(Step.aboutMeSafe, LILY);
      const replies = await chat.say(typed);
      expect(saidIn(replies)).not.toMatch(CRISIS);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('still heard: %j', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, LILY);
    await chat.say(typed);
    expect((await chat.draft())?.flags?.length).toBeGreaterThan(0);
  });
});
