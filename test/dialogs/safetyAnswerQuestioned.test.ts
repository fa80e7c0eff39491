import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A grandmother caring for Tia (7) got the safety answer and a note. At "what already helps?" she
 * typed "No no Tia is SAFE… Why are you giving me the NSPCC number??": it was kept as her answer,
 * and every answer after it landed one question late. A question or protest about the safety answer
 * is answered kindly, never kept, and the interrupted question is asked again.
 */

const PARENT = { who: 'A parent or carer', name: 'Tia', age: '7' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'for Tia to have friends at school',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const FLAGGED = 'older kids push her over at playtime and call her a baby';
const NOTE_WITH_HER_WORDS = /The note stays, .*with your words beside it/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atWhatHelpsWithANote(): Promise<Transcript> {
  const c = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS, { safeguarding: 'lead' });
  expect(saidIn(await c.say(FLAGGED))).toMatch(CRISIS);
  for (const typed of ['yes we are safe', 'carry on', 'she is shy and finds it hard to join in']) await c.say(typed);
  expect(c.step).toBe(Step.needsHelps);
  expect((await c.draft())?.flags).toHaveLength(1);
  return c;
}

describe('a grandmother questions the safety answer, at the next needs question', () => {
  it.each([
    'No no Tia is SAFE… Why are you giving me the NSPCC number??',
    'Tia is SAFE, nobody is hurting her!!',
    'it is just kids being kids',
  ])('%j: answered kindly, her words beside the note, the question again; never kept', async (typed) => {
    chat = await atWhatHelpsWithANote();
    const before = JSON.stringify((await chat.draft())?.needs);
    const replies = saidIn(await chat.say(typed));
    expect(replies).toMatch(NOTE_WITH_HER_WORDS);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Are you OK|I kept/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect(replies).toMatch(/What already helps Tia with this\?/);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(JSON.stringify(draft?.needs)).toBe(before);
  });
});
