import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A flag raised inside an answer ("reading is hard and my brother hits me when i get it wrong"):
 * after the safeguarding answer, the part that answers the question is offered back, so it is not
 * asked for again; the harm itself never goes into the plan.
 */
const TO_NEEDS = typedToNeedsFor('to get better at reading');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('the answer beside a disclosure at "what makes this hard?"', () => {
  it.each([
    ['reading is hard and my brother hits me when i get it wrong', 'reading is hard'],
    ['i cant read the bus times and my dad hits me if i ask', 'i cant read the bus times'],
    ['maths is hard for me, and my mum hits me when i get it wrong', 'maths is hard for me'],
    ['i get tired and my step dad hits me', 'i get tired'],
  ])('%j: the answer, then after carrying on, its own part offered back and kept on "yes"', async (typed, part) => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
    await chat.say('im safe');
    const offered = saidIn(await chat.say('carry on'));
    expect(offered).toContain(part);
    await chat.say('yes');
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text)).toEqual([part]);
    expect(draft?.needs.map((n) => n.text).join(' ')).not.toMatch(/hits/);
    expect(draft?.flags).toHaveLength(1);
    expect(chat.step).not.toBe(Step.needsBarrier);
  });

  it('leave alone: "he comes in my room at night and touches me" offers nothing back: the question is asked again', async () => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    expect(saidIn(await chat.say('he comes in my room at night and touches me'))).toMatch(CRISIS);
    await chat.say('im safe');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
  });
});
