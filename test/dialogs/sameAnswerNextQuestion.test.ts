import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* Mo's dad gives the same words to two questions a minute apart; his phone did not send them twice. */
const AT_STRENGTHS = { at: () => ({ stage: 'aboutMe' as const, step: Step.aboutMeStrengths }) };
const seed = () => parentSeed({ name: 'Mo', age: 9, schoolYear: 4 }, [{ text: 'Mo to make friends', theme: null, needs: [] }], AT_STRENGTHS);
const WORDS = 'being with his family and his dog';

describe('the same answer given to the next question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a minute later it is kept as the answer to that question', async () => {
    ({ chat } = await startWith(seed()));
    const first = new Date('2026-12-06T10:00:00Z');
    await chat.say(WORDS, first);
    const next = chat.step;
    expect(next).not.toBe(Step.aboutMeStrengths);
    await chat.say(WORDS, new Date(first.getTime() + 60_000));
    expect(chat.step).not.toBe(next);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft).split('his dog').length - 1).toBe(2);
  });

  it('two seconds later it is the phone sending it twice, kept once', async () => {
    ({ chat } = await startWith(seed()));
    const first = new Date('2026-12-06T10:00:00Z');
    await chat.say(WORDS, first);
    const next = chat.step;
    await chat.say(WORDS, new Date(first.getTime() + 2_000));
    expect(chat.step).toBe(next);
    expect(JSON.stringify(await chat.draft()).split('his dog').length - 1).toBe(1);
  });
});
