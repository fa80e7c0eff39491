import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { answerAfterPointer } from '../../src/language/sameAsBefore';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const arjun = {
  today: '2026-12-02', who: 'parent_carer' as const, name: 'Arjun', age: 7, schoolYear: 2,
  hopes: [{ text: 'Arjun will be independent', theme: 'independent_living' as const, needs: ['He needs help in the toilet'] }],
};

describe('"same as before." leading an answer at an outcome\'s questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the words after it as the step, the feeling and the help', async () => {
    ({ chat } = await startWith(arjun));
    await chat.say('same as before. go toilet all by himself');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('end of year 3');
    await chat.say('he go with no help every day');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('same as before. he feel proud');
    await chat.say('same as before, he can go on school trips');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('same as before. toilet card and reminder');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('go toilet all by himself');
    expect(outcome.doesForMe).toMatch(/proud/);
    expect(outcome.doesForMe).not.toMatch(/same as before/);
    expect(outcome.makesPossible).toBe('he can go on school trips');
    expect(outcome.provision.map((p) => p.text)).toEqual(['toilet card and reminder']);
  });

  it('"same as before" alone is still not kept as the step', async () => {
    ({ chat } = await startWith(arjun));
    await chat.say('same as before');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });
});

describe('answerAfterPointer', () => {
  it('reads the words after a pointer said as a sentence of its own', () => {
    expect(answerAfterPointer('same as before. he feel proud')).toBe('he feel proud');
    expect(answerAfterPointer('like i said, the reading')).toBe('the reading');
  });
  it('leaves alone a pointer with nothing after it, or one inside the sentence', () => {
    expect(answerAfterPointer('same as before')).toBeNull();
    expect(answerAfterPointer('same as before and also his handwriting')).toBeNull();
    expect(answerAfterPointer('the same as the artist one')).toBeNull();
    expect(answerAfterPointer('same as before. the same')).toBeNull();
    expect(answerAfterPointer('he likes the same food. pasta')).toBeNull();
  });
});
