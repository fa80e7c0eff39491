import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "i just said. garage job" at an outcome question: the hope already said is pointed at, never kept as the goal. */

const GARAGE: SeedHope = { text: 'get a job in a garage', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: ['i cant cook'] };

async function atStep(hope: number): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [GARAGE, FLAT],
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[hope]!.id }),
  });
  return chat;
}

describe('the hope already said, typed at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['i just said. garage job', 'i already told you, the garage job', 'like i said garage job']) {
    it(`"${said}" asked for the garage hope: the question stays on that hope, no goal kept`, async () => {
      chat = await atStep(0);
      const garage = (await chat.draft())!.aspirations[0]!;
      await chat.say(said);
      expect((await chat.draft())!.outcomes).toHaveLength(0);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(garage.id);
    });

    it(`"${said}" asked for the flat hope: moves to the garage hope, no goal kept`, async () => {
      chat = await atStep(1);
      const garage = (await chat.draft())!.aspirations[0]!;
      await chat.say(said);
      expect((await chat.draft())!.outcomes).toHaveLength(0);
      expect(chat.lastQuestion?.topic).toBe(garage.id);
    });
  }
});
