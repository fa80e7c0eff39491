import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Plain answers that only sound worrying: help that works, no help yet, a parent's worry for the
 * future and an apology. None of them is asked "Are you OK?"; a parent's own despair still gets
 * the full answer and a flag.
 */

const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');
const HOPE = { text: 'to do PE with his class', theme: 'health_and_wellbeing' as const, needs: ['getting changed is hard'] };
const atHelps: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } });
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

describe('answers that are not asked "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 13-year-old\'s "Mrs Patel lets me get changed in the disabled toilet before PE, that helps" is kept as help', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ayo', age: 13, schoolYear: 8, hopes: [HOPE], at: atHelps }));
    const said = 'Mrs Patel lets me get changed in the disabled toilet before PE, that helps';
    const replies = await chat.say(said);
    expect(saidIn(replies)).not.toContain(GENTLE);
    expect((await chat.draft())!.needs[0]!.helps).toEqual([said]);
    expect((await chat.draft())!.flags).toEqual([]);
  });

  for (const said of ['Nothing at school yet because he hasnt gone there', 'nobody helps him yet']) {
    it(`a carer's "${said}" at "what already helps?" is taken as no help yet, with no check`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atHelps })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(GENTLE);
      expect(chat.step).toBe(Step.needsMore);
      expect((await chat.draft())!.flags).toEqual([]);
    });
  }

  for (const said of ["I won't be here forever and I worry who will look after him", 'sorry for all my moaning']) {
    it(`a parent's "${said}" is not asked "Are you OK?"`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [HOPE], { at: atBarrier })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(GENTLE);
      expect(chat.step).not.toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags).toEqual([]);
    });
  }

  it('still caught: a parent\'s "I can\'t cope anymore, I want to end it" gets the answer and a flag', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [HOPE], { at: atBarrier })));
    const replies = await chat.say("I can't cope anymore, I want to end it");
    expect(saidIn(replies)).toMatch(/Samaritans/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});
