import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { AGE_TWINS } from '../../dialogs/hopeIdeasByAge';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* The hope questions and ideas fit the age: under-5s' everyday life; 18 to 25-year-olds' adult life. */
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const question = (chat: Transcript) => chat.lastQuestion?.activity.text ?? '';
const atTheme = (theme: string): Seed['at'] => () => ({ stage: 'hopes', step: Step.hopesTheme, topic: theme });
const atDream: Seed['at'] = () => ({ stage: 'hopes', step: Step.hopesDream });
const EARLY_LIFE = /talking|playing|eating|sleep|toilet|nursery/i;
const ADULT_LIFE = /work|college|training|own place|home of|money|relationships/i;

describe('hope questions and ideas that fit the age', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it("a parent of a 3-year-old is asked about doing things by themselves with eating, sleeping or the toilet", async () => {
    ({ chat } = await startWith({ today: '2026-12-03', who: 'parent_carer', name: 'Alfie', age: 3, hopes: [], at: atTheme('independent_living') }));
    expect(question(chat)).toMatch(/eating|sleeping|toilet/i);
  });

  it("a parent of a 3-year-old who is not sure hears ideas about talking, playing and nursery", async () => {
    ({ chat } = await startWith({ today: '2026-12-03', who: 'parent_carer', name: 'Alfie', age: 3, hopes: [], at: atTheme('learning_and_work') }));
    expect(question(chat)).toMatch(/talking|playing|nursery/i);
    expect(texts(await chat.say('hmm not sure really'))).toMatch(EARLY_LIFE);
  });

  it('a 21-year-old is asked about work, college or training, and their ideas are adult life', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atTheme('learning_and_work') }));
    expect(question(chat)).toMatch(/work, college or training/i);
    await chat.say("dunno");
    expect(chat.step).toBe(Step.hopesTheme);
  });

  it("a 21-year-old who is not sure of a dream hears of a paid job, a place of their own and money", async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jade', age: 21, hopes: [], at: atDream }));
    const ideas = texts((await chat.say('idk')).filter((a) => !outcomesOf(a)));
    expect(ideas).toMatch(/paid job/);
    expect(ideas).toMatch(ADULT_LIFE);
  });

  it('a 20-year-old is asked where they would like to live and about money', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Sam', age: 20, hopes: [], at: atTheme('independent_living') }));
    expect(question(chat)).toMatch(/live.*money/i);
  });

  it("an 18-year-old who is not sure at friends and community hears adult ideas, not a youth club", async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Kai', age: 18, hopes: [], at: atTheme('friends_and_community') }));
    const ideas = texts((await chat.say('not sure')).filter((a) => !outcomesOf(a)));
    expect(ideas).not.toMatch(/youth club/i);
    expect(chat.step).toBe(Step.hopesTheme);
  });

  it('an 18-year-old is asked about work, college or training', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Kai', age: 18, hopes: [], at: atTheme('learning_and_work') }));
    expect(question(chat)).toMatch(/work, college or training/i);
  });

  it('leave alone: a 17-year-old keeps the usual questions', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Ava', age: 17, schoolYear: 12, hopes: [], at: atTheme('learning_and_work') }));
    expect(question(chat)).not.toMatch(/work, college or training/i);
  });

  it('leave alone: a 15-year-old keeps the usual questions', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Leo', age: 15, schoolYear: 10, hopes: [], at: atTheme('learning_and_work') }));
    expect(question(chat)).not.toMatch(/training|nursery/i);
  });

  it('leave alone: a parent of a 7-year-old keeps the usual questions', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', who: 'parent_carer', name: 'Mia', age: 7, schoolYear: 2, hopes: [], at: atTheme('independent_living') }));
    expect(question(chat)).not.toMatch(/toilet|nursery/i);
  });
});

describe('every age twin is written in both registers', () => {
  const words = createWords();
  it.each(['standard', 'easy_read'] as const)('%s', (mode) => {
    const t = words.forMode(mode);
    for (const [, twin] of AGE_TWINS) expect(t(twin), twin).not.toBe(twin.split(':')[1]);
    expect(words.missing.size).toBe(0);
  });
});
