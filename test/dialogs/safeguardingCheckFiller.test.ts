import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * "hmm" at "Are you and your child safe right now?" says nothing either way: asked again gently,
 * with the choices; never the 999 line as if they had said no.
 */

describe('a filler at "are you safe right now?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['hmm', 'umm', 'erm...'])('%j from a parent: asked again with the choices, no 999', async (typed) => {
    chat = await typedTo(Step.aboutMeStrengths, { who: 'A parent or carer', name: 'Amira', age: '6' });
    expect(saidIn(await chat.say('my partner hits me and the kids'))).toMatch(CRISIS);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/999/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.choices.length).toBeGreaterThan(0);
  });
});
