import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * "you never answer questions" after the safeguarding answer: no question was missed, so the bot says sorry and
 * invites the question ("What would you like to ask? I'll answer if I can."), never "I missed your question".
 */

describe('a complaint that questions go unanswered', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['you never answer questions', 'u dont answer my questions', 'you never answer anything i ask'])('%j after the answer invites the question', async (typed) => {
    chat = await typedTo(Step.hopesDream, {});
    await chat.say('my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/missed your question/);
    expect(said).toMatch(/What would you like to ask\? I'll answer if I can\./);
    expect((await chat.draft())?.flags.length).toBe(1);
  });

  it('look-alike: a question typed is answered, not invited again', async () => {
    chat = await typedTo(Step.hopesDream, {});
    await chat.say('my dad hits me');
    const said = saidIn(await chat.say('whats a safeguarding lead'));
    expect(said).not.toMatch(/What would you like to ask/);
  });
});
