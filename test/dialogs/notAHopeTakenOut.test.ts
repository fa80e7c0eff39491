import { afterEach, describe, expect, it } from 'vitest';
import { saysLastHopeIsOnlyALiking } from '../../src/language/notAHope';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Sienna (13, easy read) had "i like miss jones" kept as a hope. "no thats not a hope. i just like her":
 * that hope is taken out and what is kept is read back; "i just like her" is never kept as a hope.
 */
async function afterMissJones(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Sienna', age: 13, schoolYear: 8,
    hopes: [{ text: 'be a hairdresser', theme: 'learning_and_work', needs: [] }],
    change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' } as never,
    at: () => ({ stage: 'hopes', step: Step.hopesMore }),
  });
  await chat.say('i like miss jones');
  expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('i like miss jones');
  return chat;
}

describe('"that is not a hope" about the hope just kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['no thats not a hope. i just like her', 'thats not a hope i just like her', 'no that isnt a hope, she is just nice', 'miss jones isnt a hope lol i just like her']) {
    it(`"${said}" takes out "i like miss jones" and reads back what is kept`, async () => {
      chat = await afterMissJones();
      const replies = await chat.say(said);
      const draft = (await chat.draft())!;
      expect(draft.aspirations.map((a) => a.text)).toEqual(['be a hairdresser']);
      expect(JSON.stringify(draft)).not.toMatch(/just like her|she is just nice/i);
      expect(saidIn(replies)).toMatch(/hairdresser/);
      expect(chat.step).toBe(Step.hopesMore);
    });
  }

  for (const said of ['thats not a hope i just like her but she hits me', 'not a hope. i like him, he touches me where i dont want', 'its not a hope i just like her. i want to hurt myself', 'no thats not a hope, i like him he gives me money to carry stuff']) {
    it(`"${said}" is still heard as a worry, and the hope is not taken out as a liking`, async () => {
      chat = await afterMissJones();
      await chat.say(said);
      expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
    });
  }

  it('reads only a liking beside "not a hope"; harm said beside it is never taken as a liking', () => {
    const hope = 'i like miss jones';
    expect(saysLastHopeIsOnlyALiking('thats not a hope', hope)).toBe(true);
    expect(saysLastHopeIsOnlyALiking('not a hope, i want to be a vet', hope)).toBe(false);
    expect(saysLastHopeIsOnlyALiking('thats not a hope, he hits me', hope)).toBe(false);
    expect(saysLastHopeIsOnlyALiking('its not a hope i just like her and she touches me', hope)).toBe(false);
    expect(saysLastHopeIsOnlyALiking('thats not a hope i just like her but she makes me keep secrets', hope)).toBe(false);
    expect(saysLastHopeIsOnlyALiking('not a hope. i just like him. he gives me money and stuff', hope)).toBe(false);
    expect(saysLastHopeIsOnlyALiking('thats not a hope thats what he struggles with', hope)).toBe(false);
  });
});
