import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/* "i dont want to kill myself" on its own: "Are you OK?" first, no full answer and no note; more than that is heard. */
describe('a plain denial of wanting to die, typed in the chat', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it('"i dont want to kill myself" gets a gentle check, no note', async () => {
    chat = await typedTo(Step.hopesDream, {});
    const replies = await chat.say('i dont want to kill myself');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it.each(['i dont want to kill myself anymore but i did last week', 'i dont want to kill myself but sometimes i think about it'])('%j is still heard, with a note', async (typed) => {
    chat = await typedTo(Step.hopesDream, {});
    await chat.say(typed);
    expect((await chat.draft())?.flags.length).toBeGreaterThan(0);
  });
});
