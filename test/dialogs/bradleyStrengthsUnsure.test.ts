import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { saysNothingToSay } from '../../src/language/nothingToSay';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { throughWelcome } from './throughWelcome';

/* Bradley, 18, easy read: "i dont know. i dont ask people that" where strengths are asked is unsure, never a strength. */

describe('Bradley does not know what people like about him', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i dont know. i dont ask people that": no "lovely", nothing kept, the unsure path', async () => {
    chat = await throughWelcome({ mode: 'Easy read', name: 'Bradley', age: '18' });
    expect(chat.step).toBe(Step.aboutMeStrengths);
    const replies = saidIn(await chat.say('i dont know. i dont ask people that'));
    expect(replies).not.toMatch(/lovely/i);
    expect((await chat.draft())!.aboutMe.strengths).toEqual([]);
  });

  it('"i dont ask people that" is a reason only whole; a strength beside it still counts', () => {
    expect(saysNothingToSay('i dont know. i dont ask people that')).toBe(true);
    expect(saysNothingToSay('i dont know. i dont ask people that but im good at cooking')).toBe(false);
  });
});
