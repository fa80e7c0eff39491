import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addNeed } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "Which hope does it get in the way of?" answered as people type: by order or by the hope's words. */

const MECHANIC: SeedHope = { text: 'be a mechanic like my uncle', theme: 'learning_and_work', needs: ['reading is hard'] };
const COLLEGE: SeedHope = { text: 'go to college', theme: 'learning_and_work', needs: ['busy places'] };
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['cooking'] };

async function atLinkQuestion(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2025-03-10', age: 17, hopes: [MECHANIC, COLLEGE, FLAT],
    change: (d) => addNeed(d, 'i cant count money', []).draft,
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id, data: { link: d.needs.find((n) => n.text === 'i cant count money')!.id } }),
  });
  return chat;
}

describe('which hope a hard thing gets in the way of, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, index] of [
    ['its the first one', 0],
    ['the college one i suppose', 1],
    ['number 2', 1],
    ['the mechanic one', 0],
    ['no 3', 2],
    ['the last one', 2],
    ['2nd', 1],
    ['prob the flat one tbh', 2],
  ] as const) {
    it(`"${said}" links it to hope ${index + 1}, and nothing new is kept`, async () => {
      chat = await atLinkQuestion();
      const before = (await chat.draft())!;
      await chat.say(said);
      const after = (await chat.draft())!;
      expect(after.needs.find((n) => n.text === 'i cant count money')?.aspirationIds).toEqual([after.aspirations[index]!.id]);
      expect(after.needs).toHaveLength(before.needs.length);
      expect(after.needs.flatMap((n) => n.helps ?? [])).toEqual(before.needs.flatMap((n) => n.helps ?? []));
    });
  }
});
