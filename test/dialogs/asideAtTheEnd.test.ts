import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';
import { OLIVER } from './oliverSeed';

/*
 * A dad is called away mid-answer: "yeah one more for the after school meltdowns. sorry hang on,
 * oliver's just come down". What he says about the moment is never part of what is kept or quoted.
 */

const SEED = parentSeed(OLIVER, [{ text: 'to be happy at school', theme: 'learning_and_work', needs: ['he finds lunchtime too loud'] }], { at: (draft) => ({ stage: 'needs', step: 'needs.more', topic: draft.aspirations[0]!.id }) });

describe('an aside at the end of an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["yeah one more for the after school meltdowns. sorry hang on, oliver's just come down"],
    ['yes the after school meltdowns. hold on his sister is here'],
    ['yes, the after school meltdowns. brb'],
  ])('"%s" keeps the meltdowns only', async (said) => {
    ({ chat } = await startWith(SEED));
    expect(chat.step).toBe(Step.needsMore);
    await chat.say(said);
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs.some((n) => /after school meltdowns/.test(n))).toBe(true);
    expect(needs.join(' ')).not.toMatch(/sorry|hang on|hold on|sister|brb|come down/i);
    expect(chat.all.slice(-3).map((a) => a.text ?? '').join(' ')).not.toMatch(/sorry hang on|just come down|sister is here|brb/i);
  });
});
