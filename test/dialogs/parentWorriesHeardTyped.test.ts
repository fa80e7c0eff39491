import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * Gemma tells her worries in her answers about Alfie: "which made me feel sick", "i worry so much
 * that...", "the bit im stressing about tbh". Each hears one short kind word, not the same each time,
 * then the next question; what she said is kept as a hard thing. A parent's worry about the future
 * is no safeguarding concern.
 */

const GEMMA = { who: 'A parent or carer', name: 'Alfie', age: '4' } as const;
const CHANGING = "reception said they 'dont really do changing' which made me feel sick";
const HURT = 'i worry so much that if he cant tell someone hes hurt nobody will know';
const SEPTEMBER = 'starts reception next september which is the bit im stressing about tbh';
const TO_NEEDS: Typed = {
  [Step.welcomeAge]: ['4', 'nursery'],
  [Step.hopesDream]: 'for him to be out of nappies in the day',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const KIND = /I'm sorry\. That must be really tough\.|I can hear how much this is on your mind\.|That's a lot to carry\. Thank you for telling me\./g;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe("Gemma's worries at the needs questions", () => {
  it('each worry hears one kind word, not the same twice in a row, then the question; each is kept as a hard thing', async () => {
    chat = await typedTo(Step.needsBarrier, GEMMA, TO_NEEDS);
    const heard: string[] = [];
    for (const [typed, next] of [[CHANGING, Step.needsHelps], [HURT, Step.needsHelps], [SEPTEMBER, Step.needsHelps]] as const) {
      if (typed === SEPTEMBER) {
        await chat.say('nothing really');
        expect(chat.step).toBe(Step.needsMore);
      }
      const replies = saidIn(await chat.say(typed));
      expect(replies).not.toMatch(CRISIS);
      const kind = replies.match(KIND) ?? [];
      expect(kind).toHaveLength(1);
      heard.push(kind[0]!);
      expect(chat.step).toBe(next);
    }
    expect(new Set(heard).size).toBe(3);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    const needs = draft?.needs ?? [];
    expect(needs.map((n) => n.text).join('\n')).toMatch(/dont really do changing/);
    expect(needs.map((n) => n.text).join('\n')).toMatch(/cant tell someone hes hurt/);
    expect(needs.map((n) => n.text).join('\n')).toMatch(/starts reception next september/);
    expect(needs.flatMap((n) => n.helps ?? []).join('\n')).not.toMatch(/hurt/);
  });

  it('leave alone: a plain hard thing hears no worry words', async () => {
    chat = await typedTo(Step.needsBarrier, GEMMA, TO_NEEDS);
    const replies = saidIn(await chat.say('he doesnt tell us when he needs to go'));
    expect(replies.match(KIND)).toBeNull();
  });

  it('leave alone: "i worry because his dad hits him" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, GEMMA, TO_NEEDS);
    const replies = saidIn(await chat.say('i worry because his dad hits him'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
