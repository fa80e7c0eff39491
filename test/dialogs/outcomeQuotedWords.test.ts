import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CALM: SeedHope = { text: 'stay calm when he gets angry', theme: 'health_and_wellbeing', needs: ['He loses his temper quickly'] };

describe("a child's words quoted in the outcome", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Kyle says: "im gonna walk away before i lose it"', 'kyle says “im gonna walk away before i lose it” by christmas'])(
    'the read-back keeps the quote as typed, only its first letter a capital (%s)',
    async (said) => {
      ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Kyle', age: 13, schoolYear: 8, hopes: [CALM] }));
      await chat.say(said);
      let replies: string[] = [];
      for (const words of ['by christmas', 'his teacher sees him walk away', 'he would feel proud', 'he could stay in class', 'a calm space at school']) {
        if (chat.step === Step.outcomeConfirm) break;
        replies = (await chat.say(words)).map((r) => r.text ?? '');
      }
      expect(chat.step).toBe(Step.outcomeConfirm);
      const readBack = replies.join(' ');
      expect(readBack).toMatch(/Im gonna walk away before i lose it/);
      expect(readBack).not.toMatch(/going to walk away|before I lose it/);
      expect(readBack).toMatch(/Christmas/);
      await chat.say('yes thats right');
      expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/im gonna walk away before i lose it/i);
    },
  );

  it('text-speak outside a quote is still tidied in the read-back', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Kyle', age: 13, schoolYear: 8, hopes: [CALM] }));
    await chat.say('walk away b4 he loses it by christmas');
    let replies: string[] = [];
    for (const words of ['his teacher sees him walk away', 'he would feel proud', 'he could stay in class', 'a calm space at school']) {
      if (chat.step === Step.outcomeConfirm) break;
      replies = (await chat.say(words)).map((r) => r.text ?? '');
    }
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(replies.join(' ')).toMatch(/walk away before he loses it/);
  });
});
