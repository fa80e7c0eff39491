import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Person } from '../support/typedWay';

/* Bradley (18, easy read) at "Do you feel safe?": a home that gets loud, and "but i am safe". */
const bradley: Person = { name: 'Bradley', age: '18', mode: 'Easy read' };
const atSafeQuestion = (): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, bradley, {
    [Step.aboutMeStrengths]: 'good at cooking',
    [Step.aboutMeImportant]: 'my mum and my dog',
    [Step.aboutMeSupport]: 'tell me things straight. not hints',
  });

describe('a loud home, and "but i am safe", at "do you feel safe?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yes. home gets loud sometimes when my mum is stressed she shouts. but i am safe": a kind word and one place to talk, no numbers, no flag', async () => {
    chat = await atSafeQuestion();
    const replies = await chat.say('yes. home gets loud sometimes when my mum is stressed she shouts. but i am safe');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(saidIn(replies)).toMatch(/glad you feel safe/);
    expect(saidIn(replies)).toMatch(/key worker/);
    expect((await chat.draft())?.flags).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it.each(['yes. my mum shouts and hits me. but i am safe', 'yes home gets loud when my dad is drunk and i get scared but im safe', 'yes. she shouts at me and throws things. but i am safe'])(
    'still heard: "%s"',
    async (said) => {
      chat = await atSafeQuestion();
      const replies = await chat.say(said);
      expect(saidIn(replies)).toMatch(/0808 800 5000|0800 1111|116 123|999|Are you OK/);
    },
  );
});
