import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "maybe both" at "what makes it hard?", after ideas were offered: it names nothing, so nothing is kept as "both". */
async function atBarrier(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02', name: 'Reece', age: 16, schoolYear: 11,
    hopes: [{ text: 'I want to be a mechanic', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  return chat;
}

describe('"maybe both" at the needs', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  for (const said of ['maybe both', 'both of them i think', 'yeah both']) {
    it(`"${said}" after the ideas keeps nothing and asks again`, async () => {
      chat = await atBarrier();
      await chat.say('idk');
      await chat.say(said);
      expect((await chat.draft())!.needs).toHaveLength(0);
      expect(chat.step).toBe(Step.needsBarrier);
      await chat.say('i get nervous talking to customers');
      expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i get nervous talking to customers']);
    });
  }
});
