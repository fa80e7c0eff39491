import { afterEach, describe, expect, it } from 'vitest';
import { isSafeguardingStep, Step } from '../../dialogs/ids';
import { addFlag, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Asking a note off needs a note word ("the self harm one", "the note") and a note already made. "get rid
 * of my suicidal thoughts" is a hope to be rid of a worry, never a note asked off; and a take-back that
 * also tells the harm goes on ("i still do it", "he still does it") is heard as a worry.
 */

const standard = createWords().forMode('standard');
const HOPE_ID = 'hope-friends';
const HOPE = { text: 'learn to cook my own food', theme: 'independent_living' as const, needs: [] as string[] };
const withId = (d: Draft): Draft => ({ ...d, aspirations: d.aspirations.map((a) => ({ ...a, id: HOPE_ID })) });
const uncleNote = (d: Draft) => addFlag(d, { category: 'harm_from_others', at: new Date('2026-12-02T09:30:00Z'), step: Step.aboutMeSafe });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atHardThings(notes: boolean): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02', name: 'Jo', age: 14, schoolYear: 9, hopes: [HOPE],
    change: (d) => (notes ? uncleNote(withId(d)) : withId(d)),
    at: () => ({ stage: 'needs', step: Step.needsBarrier, topic: HOPE_ID }),
    journey: notes ? { flaggedMatters: [{ category: 'harm_from_others', words: [], people: ['relative'] }] } : {},
  }));
  return chat!;
}

const heard = (c: Transcript) => isSafeguardingStep(c.step);

describe('a worry is heard when no note is asked off', () => {
  it.each([
    'i want to get rid of my suicidal thoughts',
    'my goal is to get rid of my suicidal thoughts by summer',
    'help me get rid of my self harm',
    'i want to get rid of my self harm scars',
    'i want to get rid of the bullying',
    'delete the self harm one, i dont want mum to see it, i still do it',
    'remove the touching me one, he still does it tho',
  ])('%j, with no note made, is heard as a worry', async (typed) => {
    const c = await atHardThings(false);
    await c.say(typed);
    expect(heard(c)).toBe(true);
  });

  it.each(['delete the self harm one, i dont want mum to see it, i still do it', 'remove the touching me one, he still does it tho', 'take the bullying note off, they still do it every day'])(
    '%j, after a note, is heard and no note is marked taken back',
    async (typed) => {
      const c = await atHardThings(true);
      await c.say(typed);
      expect(heard(c)).toBe(true);
      expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
    },
  );

  it('"i want to stop cutting myself and get rid of my suicidal thoughts": heard, never told there was no note', async () => {
    const c = await atHardThings(false);
    const replies = texts(await c.say('i want to stop cutting myself and get rid of my suicidal thoughts'));
    expect(replies).not.toContain(standard('safeguarding:note.noneBefore'));
    expect(heard(c)).toBe(true);
  });

  it('leave alone: "take that note off" with no note is told there was none, and is no worry', async () => {
    const c = await atHardThings(false);
    await c.say('take that note off');
    expect(heard(c)).toBe(false);
  });
});

describe('a note of one kind asked off never marks a note of another kind', () => {
  it.each([
    'the bit about hurting myself was not true pls remove it, he made me say it',
    'the self harm note was a mistake, take it off',
    'pls remove the bullying one it was a mistake',
  ])('%j, after a note about an uncle who hits: no note about that, the uncle note stays', async (typed) => {
    const c = await atHardThings(true);
    const replies = texts(await c.say(typed));
    expect((await c.draft())?.flags.every((f) => !f.takenBackAt)).toBe(true);
    // Never "nothing to take off" while a note stays: the answer agrees with "is there a note?" a turn later.
    expect(replies).toContain(standard('safeguarding:note.noneOfThatKindButOther'));
    expect(replies).not.toMatch(/nothing to take off/);
  });

  it('leave alone: "the hitting one was a mistake pls remove it" marks the uncle note a mix-up', async () => {
    const c = await atHardThings(true);
    await c.say('the hitting one was a mistake pls remove it');
    expect((await c.draft())?.flags.map((f) => Boolean(f.takenBackAt))).toEqual([true]);
  });
});

describe('someone new doing harm, after a note about an uncle', () => {
  it.each(['nan is not the worry. my dad is. he hits me with a belt', 'its not my uncle, my step dad hits me', 'my brother hits me every day'])(
    '%j gets the full answer and a new note',
    async (typed) => {
      const c = await atHardThings(true);
      await c.say(typed);
      expect(heard(c)).toBe(true);
      expect((await c.draft())?.flags.length).toBe(2);
    },
  );

  it('leave alone: "my uncle hit me again" is the same worry, no new note', async () => {
    const c = await atHardThings(true);
    await c.say('my uncle hit me again');
    expect((await c.draft())?.flags.length).toBe(1);
  });
});
