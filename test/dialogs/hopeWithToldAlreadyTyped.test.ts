import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const atMore = () =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 12, schoolYear: 7, hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) });

describe('a hope said again at "any other hopes?", with "i told u already" or "obvs" beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['yes i told u already, the france trip!!', 'the france trip'],
    ['yes!! the france trip obvs', 'the france trip'],
    ['yeah and also going to france with school', 'going to france with school'],
    ['yeah i said already, the france trip', 'the france trip'],
    ['the france trip, like i told you', 'the france trip'],
  ] as const) {
    it(`"${said}": the hope kept is "${kept}", without the chat words`, async () => {
      ({ chat } = await atMore());
      const replies = await chat.say(said);
      expect(await hopesOf(chat)).toEqual(['be a vet', kept]);
      expect(saidIn(replies)).toContain(kept);
      expect(saidIn(replies)).not.toMatch(/told|obvs|already/);
    });
  }

  it('"yes i told my mum i want to go to france": who they told is part of the hope, so it stays', async () => {
    ({ chat } = await atMore());
    await chat.say('yes i told my mum i want to go to france');
    expect((await hopesOf(chat))[1]).toMatch(/told my mum i want to go to france/);
  });
});
