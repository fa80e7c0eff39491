import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Carmen, mum of Luca (5, Reception, few words), at "what makes it hard?": when he is frustrated he bites his hand or
 * bangs his head on the floor. Seven messages of help lines for children and "Are you and your child safe right now?"
 * were too much ("he cant ring childline hes 5 and he cant talk?? bit much"). A young child's self-injury when upset,
 * told by a parent, gets a kind answer in proportion: his GP or paediatrician and his school, the note, the need kept,
 * and 999 only if he is badly hurt. An older child's, or a child who says he wants to die, keeps the full answer.
 */

const LUCA = { who: 'A parent or carer', name: 'Luca', age: '5' } as const;
const TO_NEEDS = typedToNeedsFor('I want him to stay in class with the other children');
const HER_WORDS = 'he has very few words and isnt toilet trained. when hes frustrated he bites his hand or bangs his head on the floor';
const CHILD_LINES = /0800 1111|Childline|85258|SHOUT|Samaritans|116 123/;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe("a parent tells of her young child's self-injury when frustrated", () => {
  it('Carmen\'s words: doctor or paediatrician and school, noted, kept as a need; no lines for the child, no "safe right now?"', async () => {
    chat = await typedTo(Step.needsBarrier, LUCA, TO_NEEDS);
    const replies = saidIn(await chat.say(HER_WORDS));
    expect(replies).toMatch(/GP or paediatrician, and their school/);
    expect(replies).toMatch(/noted it/);
    expect(replies).toMatch(/If your child is badly hurt, call 999/);
    expect(replies).not.toMatch(CHILD_LINES);
    expect(replies).not.toMatch(/safe right now/);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([HER_WORDS]);
  });

  it('"thats actually quite upsetting" after the answer: sorry, the note stays as it was, never marked as taken back', async () => {
    chat = await typedTo(Step.needsBarrier, LUCA, TO_NEEDS);
    await chat.say(HER_WORDS);
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = saidIn(await chat.say('thats actually quite upsetting'));
    expect(replies).toMatch(/sorry/i);
    expect(replies).not.toMatch(/marked as taken back, with your words/);
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('near-miss: a parent of a 5-year-old who "says he wants to die" keeps the full answer', async () => {
    chat = await typedTo(Step.needsBarrier, LUCA, TO_NEEDS);
    const replies = saidIn(await chat.say('he says he wants to die'));
    expect(replies).toMatch(/999/);
    expect(replies).toMatch(/0808 800 5000|safe right now/);
  });

  it('near-miss: a parent of a 14-year-old who cuts himself when upset keeps the lines for him', async () => {
    chat = await typedTo(Step.needsBarrier, { who: 'A parent or carer', name: 'Luca', age: '14' }, typedToNeedsFor('to go to college'));
    const replies = saidIn(await chat.say('he cuts himself when hes upset'));
    expect(replies).toMatch(/0800 1111/);
    expect(replies).toMatch(/999/);
  });
});
