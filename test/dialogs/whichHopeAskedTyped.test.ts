import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "which one tho. the mechanic one?" at the help question: answered with the hope, nothing kept. */

const MECHANIC: SeedHope = { text: 'be a mechanic like my uncle', theme: 'learning_and_work', needs: ['reading is hard'] };
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['cooking'] };

describe('which hope, asked at a needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['which one tho. the mechanic one?', 'is this the mechanic one?', 'wich one? the mechanic one']) {
    it(`"${said}" at "what helps?": the hope is named, the question asked again, nothing kept`, async () => {
      ({ chat } = await startWith({
        today: '2025-03-10', age: 17, hopes: [MECHANIC, FLAT],
        at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id }),
      }));
      const before = (await chat.draft())!;
      const replies = await chat.say(said);
      const after = (await chat.draft())!;
      expect(saidIn(replies)).toContain('be a mechanic like my uncle');
      expect(chat.step).toBe(Step.needsHelps);
      expect(after.needs.flatMap((n) => n.helps ?? [])).toEqual(before.needs.flatMap((n) => n.helps ?? []));
      expect(after.needs).toHaveLength(before.needs.length);
      expect(after.aboutMe).toEqual(before.aboutMe);
    });
  }
});
