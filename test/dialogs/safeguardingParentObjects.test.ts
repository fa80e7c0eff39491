import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A mum's words about her son were read as domestic abuse and got the help lines. She objects: it
 * was upsetting, nobody is being abused, and can it go in his plan? She gets a real apology, the
 * truth about the note (it stays so a person can look at it, her words are added beside it, the key
 * worker sees both), and a yes: it is kept as a need. The flag is never deleted by the chat.
 */

const PARENT = { who: 'A parent or carer', name: 'Oliver', age: '5' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to be able to tell us what he needs',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const MISREAD = 'when Oliver is overwhelmed he can be really rough with Poppy. He pushes her or pulls her hair';
const OBJECTS =
  "honestly that was quite upsetting to read. A domestic abuse helpline? Nobody is being abused... Please don't put that down as a safeguarding thing. Can it go in his plan?";
const SORRY = /\bI'm (?:really |so )?sorry\b/i;
const NOTE_STAYS = /The note stays/;
const HER_WORDS = /your words/i;
const KEY_WORKER = /key worker/i;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function flaggedAtNeeds(): Promise<Transcript> {
  const c = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
  const replies = saidIn(await c.say(MISREAD));
  expect(replies).toMatch(CRISIS);
  expect(c.step).toBe(Step.safeguardingCheck);
  return c;
}

describe('a parent objects to the help lines after a misreading', () => {
  it('at "are you safe?": sorry, what happens to the note, and yes to the plan: kept as a need', async () => {
    chat = await flaggedAtNeeds();
    const replies = saidIn(await chat.say(OBJECTS));
    expect(replies).toMatch(SORRY);
    expect(replies).toMatch(NOTE_STAYS);
    expect(replies).toMatch(HER_WORDS);
    expect(replies).toMatch(KEY_WORKER);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/^OK, let's carry on\.$/m);
    const draft = await chat.draft();
    expect(draft?.flags).toHaveLength(1);
    expect(draft?.flags[0]?.takenBackAt).toBeDefined();
    expect(draft?.needs.some((n) => /rough with Poppy/i.test(n.text))).toBe(true);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it('"you\'ve done it again and I\'m honestly quite upset now" at "are you safe?": an apology, not "OK, let\'s carry on"', async () => {
    chat = await flaggedAtNeeds();
    const replies = saidIn(await chat.say("you've done it again and I'm honestly quite upset now"));
    expect(replies).toMatch(SORRY);
    expect(replies).not.toMatch(/OK, let's carry on/);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "no, his dad hits her" at "are you safe?" is no objection: no apology, the flag is not marked', async () => {
    chat = await flaggedAtNeeds();
    const replies = saidIn(await chat.say('no, his dad hits her'));
    expect(replies).not.toMatch(HER_WORDS);
    expect((await chat.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
