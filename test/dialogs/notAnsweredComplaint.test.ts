import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * "why dont you answer me" at a plan question is a complaint to the chat: sorry, what would they like
 * to ask, and the same question again. It is never kept as a hope.
 */
describe('"you never answer" at a plan question', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  it.each(['you never answer questions', 'why dont you answer me', 'why wont you answer me', 'you dont even answer', 'u dont answer anything', 'but why didnt u answer me'])(
    '%j: sorry, what would you like to ask, and the hope question again',
    async (text) => {
      chat = await typedTo(Step.hopesDream, {});
      const said = saidIn(await chat.say(text));
      expect(said).toMatch(/Sorry\. What would you like to ask\?/);
      expect(chat.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    },
  );

  it('"why dont you answer me" at what people admire: sorry, and that question stays open', async () => {
    chat = await typedTo(Step.aboutMeStrengths, {});
    expect(saidIn(await chat.say('why dont you answer me'))).toMatch(/Sorry/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('a hope about answering is still a hope', async () => {
    chat = await typedTo(Step.hopesDream, {});
    await chat.say('i want to answer questions in class without getting scared');
    expect(chat.step).toBe(Step.hopesMore);
  });
});
