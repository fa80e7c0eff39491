import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * Sophie, 12, has anxiety and dyslexia and has been out of school since October; her mum types.
 * Anxiety named as such is a health need (Section C) as well as a school one, and being out of
 * school is a need of its own: getting back into school, with what helps kept beside it.
 */
const BACK: SeedHope = { text: 'go back to school and see her friends', theme: 'learning_and_work', needs: [] };

describe('anxiety that keeps a child out of school, typed by her mum', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'her anxiety is so bad she hasnt been in school since october',
    'she has panic attacks in the morning so she cant go to school',
  ])('"%s" keeps a health need and a need about getting back into school', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Sophie', age: 12, schoolYear: 7 }, [BACK], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    await chat.say(typed);
    const needs = (await chat.draft())!.needs;
    expect(needs.some((n) => n.suggestedSection === 'health')).toBe(true);
    expect(needs.some((n) => n.suggestedSection === 'education' && /school/i.test(n.text))).toBe(true);
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('a part time timetable and her TA meets her at the gate');
    const back = (await chat.draft())!.needs.find((n) => n.suggestedSection === 'education')!;
    expect(back.helps?.join(' ')).toMatch(/part time timetable/);
  });

  it('dyslexia alone stays a school need', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Sophie', age: 12, schoolYear: 7 }, [BACK], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    await chat.say('she has dyslexia so reading is really hard');
    expect((await chat.draft())!.needs.map((n) => n.suggestedSection)).toEqual(['education']);
  });
});
