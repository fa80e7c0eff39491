import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A mum of Yusuf, 5, autistic and not speaking, answers "what makes it hard?": "When he cant tell he
 * get angry and hit his head". Her son hurting himself when he cannot say what he wants is a need for
 * the plan: kept as a hard thing, never "Are you OK?", never "no child should be treated like that",
 * never a note of harm by others or bullying.
 */

const PARENT = { who: 'A parent or carer', name: 'Yusuf', age: '5' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to play with other children',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const ACCUSING = /Are you OK|No child should be treated like that/i;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent tells of the child hurting himself when upset', () => {
  it.each([
    'When he cant tell he get angry and hit his head',
    'he bangs his head when he is upset',
    'she bites her hand when its too loud',
  ])('%j at the needs question: kept as a hard thing, no check, no crisis answer, no flag', async (typed) => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(ACCUSING);
    expect(replies).not.toMatch(CRISIS);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toContain(typed);
  });

  it('"he hits himself when he cant say what he wants": the answer for a worried parent, a self-injury note, never harm by others', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('he hits himself when he cant say what he wants'));
    expect(replies).not.toMatch(ACCUSING);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('"He is very tired after school, when he come home he have a big meltdown, screaming, throwing things, sometimes he hit himself": the kind answer for a parent and a self-injury note, even when the classifier doubts it', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('He is very tired after school, when he come home he have a big meltdown, screaming, throwing things, sometimes he hit himself'));
    expect(replies).not.toMatch(ACCUSING);
    // Yusuf is 5: his GP or paediatrician and his school, and 999 if badly hurt; no line he cannot ring himself.
    expect(replies).toMatch(/GP or paediatrician/);
    expect(replies).toMatch(/999/);
    expect(replies).not.toMatch(/0800 1111|85258|116 123/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });

  it('near-miss: "his dad hits his head when he is naughty" is still a worry', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('his dad hits his head when he is naughty'));
    expect(replies).toMatch(/Are you OK|0808 800 5000|999/);
    expect((await chat.draft())?.needs.map((n) => n.text)).not.toContain('his dad hits his head when he is naughty');
  });

  it('near-miss: "he says he wants to die and hits his head" gets the full answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('he says he wants to die and hits his head'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});
