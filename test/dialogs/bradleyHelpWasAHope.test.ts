import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { isRemarkBesideHope } from '../../src/language/hopeRemarks';
import { startWith } from './journeySeed';

/*
 * Bradley, 18: "less noise" at the health question was kept as help. "what do you mean. it isnt help
 * its what i want" says it was a hope: it becomes one, and the remark is never kept as a hope.
 */

describe('Bradley says the help kept was a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"what do you mean. it isnt help its what i want" at a theme question: the help becomes a hope, the remark is never kept', async () => {
    ({ chat } = await startWith({
      today: '2026-12-07',
      name: 'Bradley',
      age: 18,
      hopes: [{ text: 'work in a kitchen', theme: 'learning_and_work', needs: [] }],
      at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' }),
    }));
    await chat.say('quiet rooms at college');
    expect((await chat.draft())!.aboutMe.support).toContain('quiet rooms at college');
    const replies = saidIn(await chat.say('what do you mean. it isnt help its what i want'));
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text.toLowerCase())).toEqual(['work in a kitchen', 'quiet rooms at college']);
    expect(draft.aboutMe.support).not.toContain('quiet rooms at college');
    expect(replies).not.toMatch(/isn.?t help its what i want/i);
  });
});

describe('remarks beside a hope', () => {
  it('"it isnt help its what i want" and "what do you mean" are remarks; a hope with "what i want" is not', () => {
    expect(isRemarkBesideHope('it isnt help its what i want')).toBe(true);
    expect(isRemarkBesideHope('what do you mean')).toBe(true);
    expect(isRemarkBesideHope('a job in a kitchen is what i want')).toBe(false);
    expect(isRemarkBesideHope('i want to mean something to people')).toBe(false);
  });
});
