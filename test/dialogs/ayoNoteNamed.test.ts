import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Ayo, 16, told at "do you feel safe?" that his older cousin makes him hold stuff in his bag. Later a
 * note about hurting himself was made by mistake while he talked about cooking. Asking for "the note
 * from the cooking bit" off marks only that note a mix-up: the note about his cousin stays as it was.
 */

const standard = createWords().forMode('standard');
const COOK_ID = 'hope-cook';
const COOK = { text: 'learn to cook my own food', theme: 'independent_living' as const, needs: [] as string[] };
const flagged = (category: string, step: string) => (d: Draft) => addFlag(d, { category, at: new Date('2026-12-02T09:30:00Z'), step });
const cookingId = (d: Draft): Draft => ({ ...d, aspirations: d.aspirations.map((a) => ({ ...a, id: COOK_ID })) });
const MATTERS = [
  { category: 'exploitation', words: [], people: ['relative'] },
  { category: 'self_harm_or_suicide', words: [], people: [], topic: COOK_ID },
];
const selfHarmKind = standard('safeguarding:note.kind.self_harm_or_suicide');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atNeeds(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02', name: 'Ayo', age: 16, schoolYear: 11, hopes: [COOK],
    change: (d) => flagged('self_harm_or_suicide', Step.needsBarrier)(flagged('exploitation', Step.aboutMeSafe)(cookingId(d))),
    at: () => ({ stage: 'needs', step: Step.needsHelps, topic: COOK_ID }),
    journey: { flaggedMatters: MATTERS },
  }));
  return chat!;
}

const takenBack = async (c: Transcript) => ((await c.draft())?.flags ?? []).map((f) => [f.category, Boolean(f.takenBackAt)]);

describe('Ayo asks for one note off', () => {
  it('"can u take off the note from the cooking bit. it was a mistake u got it wrong": only the cooking note is a mix-up', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('can u take off the note from the cooking bit. it was a mistake u got it wrong'));
    expect(replies).toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect(replies).not.toMatch(/0800|Childline/);
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', true]]);
    expect(c.step).toBe(Step.needsHelps);
  });

  it('"can u take off the self harm note. it was a mistake u got it wrong": named by its kind', async () => {
    const c = await atNeeds();
    await c.say('can u take off the self harm note. it was a mistake u got it wrong');
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', true]]);
  });

  it.each([
    'the self harm note was a mistake, take it off',
    'the bit about hurting myself was a mistake pls remove it',
    'the note about harming myself was wrong, can u delete it',
    'pls remove the self harm one it was a mistake',
  ])('%j: the self-harm note, named by its kind, is marked taken back', async (typed) => {
    const c = await atNeeds();
    const replies = texts(await c.say(typed));
    expect(replies).toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect(replies).not.toMatch(/0800|Childline/);
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', true]]);
    expect(c.step).toBe(Step.needsHelps);
  });

  it('leave alone: "i hurt myself again last night" is heard as a worry, nothing marked', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('i hurt myself again last night'));
    expect(replies).not.toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('unclear which: "take the note off it was a mistake" lists the notes and asks which; nothing is marked', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('take the note off it was a mistake'));
    expect(replies).toContain(standard('safeguarding:note.which'));
    expect(replies).toContain(standard('safeguarding:note.each', { kind: selfHarmKind, when: standard('safeguarding:note.place.needs') }));
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', false]]);
    // "the cooking one" next names it.
    const next = texts(await c.say('the cooking one'));
    expect(next).toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', true]]);
  });

  it('a note about another part of the chat never takes back the cousin note', async () => {
    const c = await atNeeds();
    await c.say('can u take off the cooking note. it was a mistake');
    const replies = texts(await c.say('can u take off the note from the cooking bit. it was a mistake u got it wrong'));
    expect(replies).not.toContain(standard('safeguarding:note.markedMixUp'));
    expect(await takenBack(c)).toEqual([['exploitation', false], ['self_harm_or_suicide', true]]);
  });

  it('"can u take off both notes. it was a mistake u got it wrong": every note is marked', async () => {
    const c = await atNeeds();
    await c.say('can u take off both notes. it was a mistake u got it wrong');
    expect(await takenBack(c)).toEqual([['exploitation', true], ['self_harm_or_suicide', true]]);
  });
});

describe('a worry told beside naming a note is still heard', () => {
  it('"can u take off the self harm note, my uncle hits me": no mix-up; the worry gets the help', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('can u take off the self harm note, my uncle hits me'));
    expect(replies).not.toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect(c.step).toBe(Step.safeguardingCheck);
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('"the self harm note was a mistake, take it off. i cut myself last night": the worry is heard, nothing marked', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('the self harm note was a mistake, take it off. i cut myself last night'));
    expect(replies).not.toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });

  it('"can u take off the cooking note, my cousin makes me hold stuff in my bag": heard as the worry told before, nothing marked', async () => {
    const c = await atNeeds();
    const replies = texts(await c.say('can u take off the cooking note, my cousin makes me hold stuff in my bag'));
    expect(replies).not.toContain(standard('safeguarding:note.markedOne', { kind: selfHarmKind }));
    expect(replies).toMatch(/You told me about this before/);
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
  });
});
