import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Carol asks whether something belongs in the plan ("Should I put something in about his sleep, he
 * does not sleep well?"): yes, never "you don't have to answer", and nothing is kept as a hope. Said
 * sorry and not understanding ("I am sorry, I do not understand what you mean"): the question is
 * explained, and nothing is kept.
 */
describe('polite asides at the hopes question', () => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  async function atHopes(): Promise<Transcript> {
    const started = await throughWelcome({ who: 'A parent or carer', name: 'Jayden', age: 'Year 2' });
    await throughAboutMe(started);
    return started;
  }

  it.each(['Should I put something in about his sleep, he does not sleep well?', 'should i say about his sleep', 'do i put something about his sleep?'])(
    '"%s" is answered, nothing is kept and the hopes question is asked again',
    async (typed) => {
      chat = await atHopes();
      const replies = await chat.say(typed);
      expect(replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/don't have to answer/);
      expect(chat.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    },
  );

  it.each(['I am sorry, I do not understand what you mean', 'sorry i dont get it', "I'm so sorry, I don't understand what you mean by this"])(
    '"%s" explains the question and keeps nothing',
    async (typed) => {
      chat = await atHopes();
      await chat.say(typed);
      expect(chat.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    },
  );
});
