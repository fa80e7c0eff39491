import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { wordAskedAbout } from '../../src/language/wordAsked';

const CAFE: SeedHope = { text: 'I want to work in a cafe', theme: 'learning_and_work', needs: ['I get nervous talking to customers'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

describe('"what does step mean. like stairs?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('explains the word in everyday words, keeps nothing and asks the step again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 17, schoolYear: 12, hopes: [CAFE] }));
    const replies = all(await chat.say('what does step mean. like stairs?'));
    expect(replies).toMatch(/a step means one thing you will do/i);
    expect(replies).not.toMatch(/stairs/i);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes ?? []).toHaveLength(0);
  });

  it('reads the word asked about, and leaves steps in an answer alone', () => {
    expect(wordAskedAbout('what does step mean. like stairs?')).toBe('step');
    expect(wordAskedAbout('whats a step')).toBe('step');
    expect(wordAskedAbout('walk up the steps at school on my own')).toBeUndefined();
    expect(wordAskedAbout('take one step at a time')).toBeUndefined();
  });
});
