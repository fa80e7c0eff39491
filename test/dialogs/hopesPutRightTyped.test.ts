import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { parentSeed, startWith } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const PARENT = { who: 'A parent or carer', name: 'Ethan', age: '16' } as const;
const LONG = 'He is 15 and he is a very kind boy. He wants to be a mechanic like his uncle and maybe live in supported living one day with his mates.';
const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);

describe('the read-back of hopes, put right by what it left out or kept together', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"You have left out the most important one" asks for that hope plainly, never quoting "most important"', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: '7' });
    await throughAboutMe(chat);
    await chat.say('I should like Alfie to be able to tell us what he needs. I also hope that he will be happy at school.');
    const replies = saidIn(await chat.say('You have left out the most important one.'));
    expect(replies).toMatch(/tell me that hope/i);
    expect(replies).not.toMatch(/most important/i);
    expect(chat.step).toBe(Step.hopesDream);
    expect(await hopesOf(chat)).toHaveLength(2);
  });

  it('"you missed the supported living one", when it was inside one long hope: it becomes a hope of its own', async () => {
    chat = await throughWelcome(PARENT);
    await throughAboutMe(chat);
    await chat.say(LONG);
    const asked = chat.step;
    const replies = await chat.say('you missed the supported living one');
    const hopes = await hopesOf(chat);
    expect(hopes).not.toContain('you missed the supported living one');
    expect(hopes.some((h) => /supported living/.test(h) && !/mechanic/.test(h))).toBe(true);
    expect(hopes.some((h) => /mechanic/.test(h))).toBe(true);
    expect(saidIn(replies)).toMatch(/supported living/);
    expect(chat.step).toBe(asked);
  });

  it('"you missed the supported living one", when the message read held it but no hope did: it is added from the message', async () => {
    const whole = 'he wants to be a mechanic, and go to college, i think he wants to live in supported living one day with his mates';
    ({ chat } = await startWith(
      parentSeed({ name: 'Ethan', age: 16, schoolYear: 11 }, [
        { text: 'be a mechanic', theme: 'learning_and_work', needs: [] },
        { text: 'go to college', theme: 'learning_and_work', needs: [] },
      ], { at: (d) => ({ stage: 'hopes', step: Step.hopesMore, data: { splitIds: d.aspirations.map((a) => a.id).join(','), splitWhole: whole } }) }),
    ));
    await chat.say('you missed the supported living one');
    const hopes = await hopesOf(chat);
    expect(hopes).toHaveLength(3);
    expect(hopes[2]).toMatch(/^to live in supported living one day/);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"you forgot the swimming one", not in the message: asked for in their words, nothing kept', async () => {
    chat = await throughWelcome(PARENT);
    await throughAboutMe(chat);
    await chat.say('he wants to be a mechanic like his uncle');
    await chat.say('you forgot the swimming one');
    expect(await hopesOf(chat)).toEqual(['he wants to be a mechanic like his uncle']);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('swim a length on his own');
    expect(await hopesOf(chat)).toHaveLength(2);
  });

  for (const said of ['no thats 3 different hopes not one', 'they are separate hopes', 'can you split them up']) {
    it(`"${said}" after one long hope was kept: it is cut into its parts, read back as a list`, async () => {
      chat = await throughWelcome(PARENT);
      await throughAboutMe(chat);
      await chat.say('He is 15 and he is a very kind boy. He wants to be a mechanic like his uncle and go to college and live in supported living one day.');
      expect(await hopesOf(chat)).toHaveLength(1);
      const asked = chat.step;
      const replies = await chat.say(said);
      const hopes = await hopesOf(chat);
      expect(hopes).toHaveLength(3);
      expect(hopes.slice(1)).toEqual(['go to college', 'live in supported living one day']);
      expect(hopes[0]).toMatch(/be a mechanic like his uncle$/);
      expect(saidIn(replies)).toMatch(/•[^•]*mechanic[^•]*•[^•]*college[^•]*•[^•]*supported living/);
      expect(chat.step).toBe(asked);
    });
  }

  it('"thats two hopes", when the hope cannot be cut: asked for one at a time, never kept as a hope', async () => {
    chat = await throughWelcome(PARENT);
    await throughAboutMe(chat);
    await chat.say('be a happy mechanic');
    await chat.say('thats two hopes');
    expect(await hopesOf(chat)).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });
});
