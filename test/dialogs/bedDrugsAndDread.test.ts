import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Sam, 14, at "what is your dream?": a grown-up who makes him get in his bed gets the full answer and a note;
 * dread of an exam, a gift with its reason and "give all my stuff away, i wont need it" are told apart.
 * Leo's nan, at "what makes it hard?": his mum's drug use is asked after kindly; a game he loves is not.
 */
const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');
const teen: Seed = { today: '2026-12-02', who: 'self', name: 'Sam', age: 14, schoolYear: 9, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const HOPE = { text: 'to make friends at school', theme: 'friends_and_community' as const, needs: [] };
const nan = parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [HOPE], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a grown-up who makes a child share his bed', () => {
  it.each(['my mums boyfriend makes me get in his bed', 'he makes me sleep in his bed'])('%j gets the full answer, "Are you safe right now?" and a note', async (typed) => {
    ({ chat } = await startWith(teen));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain(standard('safeguarding:childline'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:check.question'));
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });
});

describe('ordinary dread, a gift and a goodbye', () => {
  it.each(['i wish i wasnt here for the exam', 'i want to give my games to my cousin because i got new ones'])('%j is not asked after and not noted', async (typed) => {
    ({ chat } = await startWith(teen));
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toContain(GENTLE);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags).toEqual([]);
  });

  it('"i want to give all my stuff away, i wont need it" gets the full answer and a note', async () => {
    ({ chat } = await startWith(teen));
    const replies = await chat.say('i want to give all my stuff away, i wont need it');
    expect(saidIn(replies)).toMatch(CRISIS);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});

describe("a carer telling of a parent's drug use", () => {
  it.each(['his mum is an addict', 'her dad is on drugs all the time'])('%j gets the answer and a note of substance misuse (other)', async (typed) => {
    ({ chat } = await startWith(nan));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['other']);
  });

  it('"he is addicted to minecraft" is kept as what makes it hard, with no check', async () => {
    ({ chat } = await startWith(nan));
    const replies = saidIn(await chat.say('he is addicted to minecraft'));
    expect(replies).not.toContain(GENTLE);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags).toEqual([]);
  });
});
