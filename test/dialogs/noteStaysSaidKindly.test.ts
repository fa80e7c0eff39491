import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A dad whose words got the help lines asks for the note not to be kept. The note stays (a flag
 * survives everything), and he is told so kindly in one sentence, never "I can't delete the note".
 */

const PARENT = { who: 'A parent or carer', name: 'Maisie', age: '3' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to make friends at nursery',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const OBJECTS = 'whoa nobody is hurting her... dont put that in a note';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"dont put that in a note" after the help lines', () => {
  it('the note stays, said kindly: his words beside it, the key worker reads both; no refusal, no second help lines', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    expect(saidIn(await chat.say('the bigger kids push her about at nursery'))).toMatch(CRISIS);
    const replies = saidIn(await chat.say(OBJECTS));
    expect(replies).toMatch(/I'm really sorry/);
    expect(replies).toMatch(/kept for safety\. It is marked as taken back, with your words beside it\. The adult who checks these notes can read both\. Your key worker sees them only if you share the plan\./);
    expect(replies).not.toMatch(/can't delete/);
    expect(replies).not.toMatch(CRISIS);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]?.takenBackAt).toBeDefined();
  });
});

describe('"remove that note please? I don\'t want the key worker think there is bullying"', () => {
  it('talk about the note is no disclosure: sorry, the note stays with her words, no help lines, no second note', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    expect(saidIn(await chat.say('the bigger kids push her about at nursery'))).toMatch(CRISIS);
    const atCheck = saidIn(await chat.say("Can you remove that note please? I don't want the key worker think there is bullying."));
    expect(atCheck).toMatch(/The note stays/);
    expect(atCheck).not.toMatch(CRISIS);
    await chat.say('yes we are safe');
    await chat.say('carry on');
    // Later, at a plan question: the same words are a protest at the note, answered with a sorry.
    const replies = saidIn(await chat.say("Can you remove that note please? I don't want the key worker think there is bullying."));
    expect(replies).toMatch(/The note stays/);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/Follow your own service|Are you OK/);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
  });
});
