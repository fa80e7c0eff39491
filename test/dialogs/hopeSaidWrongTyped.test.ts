import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
/** At "What else do you hope for?" with one hope kept, the person gives another, which is read back. */
async function justKept(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 12, schoolYear: 7, hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesDream, data: { another: 'yes' } }) });
  await chat.say('learn to swim');
  expect(await hopesOf(chat)).toEqual(['be a vet', 'learn to swim']);
  return chat;
}

describe('"that\'s wrong" or "undo" just after a hope was kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ["that's wrong", 'thats not right', "no that's wrong", 'oops thats wrong']) {
    it(`"${said}": asks what is wrong, take it out or change the words, and nothing goes yet`, async () => {
      chat = await justKept();
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/learn to swim/);
      expect(chat.lastQuestion?.activity.suggestedActions?.actions.map((a) => a.title)).toEqual(['Take it out', 'Change the words']);
      expect(await hopesOf(chat)).toEqual(['be a vet', 'learn to swim']);
    });
  }

  for (const choice of ['Take it out', 'delete it', '1']) {
    it(`"that's wrong", then "${choice}": the hope is taken out, and "any other hopes?" asked`, async () => {
      chat = await justKept();
      await chat.say("that's wrong");
      const replies = await chat.say(choice);
      expect(saidIn(replies)).toMatch(/taken out "learn to swim"/);
      expect(await hopesOf(chat)).toEqual(['be a vet']);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  it('"that\'s wrong", "change the words", then the new words: the hope says them', async () => {
    chat = await justKept();
    await chat.say("that's wrong");
    await chat.say('change the words');
    const replies = await chat.say('learn to swim in the sea');
    expect(saidIn(replies)).toMatch(/now says "learn to swim in the sea"/);
    expect(await hopesOf(chat)).toEqual(['be a vet', 'learn to swim in the sea']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"thats not right", then "change it to swim for the school team": the hope says that', async () => {
    chat = await justKept();
    await chat.say('thats not right');
    await chat.say('change it to swim for the school team');
    expect(await hopesOf(chat)).toEqual(['be a vet', 'swim for the school team']);
  });

  it('"that\'s wrong", then "no leave it": nothing changes', async () => {
    chat = await justKept();
    await chat.say("that's wrong");
    await chat.say('no leave it');
    expect(await hopesOf(chat)).toEqual(['be a vet', 'learn to swim']);
  });

  for (const said of ['undo', 'undo that']) {
    it(`"${said}": the hope just kept is taken out, and the bot says so`, async () => {
      chat = await justKept();
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/taken out "learn to swim"/);
      expect(await hopesOf(chat)).toEqual(['be a vet']);
    });
  }

  it('"that\'s wrong, i meant swim in the sea": the new words are said, so they are kept without asking', async () => {
    chat = await justKept();
    await chat.say("no that's wrong, i meant swim in the sea");
    const hopes = await hopesOf(chat);
    expect(hopes).not.toContain('learn to swim');
    expect(hopes.some((h) => /swim in the sea/.test(h))).toBe(true);
  });

  it('"thats wrong" after "yes i told u already, the france trip!!" at "any other hopes?": asks about the france trip, and "be a vet" stays', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 12, schoolYear: 7, hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat.say('yes i told u already, the france trip!!');
    const replies = await chat.say('thats wrong');
    expect(saidIn(replies)).not.toMatch(/be a vet/);
    await chat.say('Change the words');
    await chat.say('go on the France trip with school');
    expect((await hopesOf(chat))[0]).toBe('be a vet');
    expect(await hopesOf(chat)).not.toContain('the france trip');
  });
});
