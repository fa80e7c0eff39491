import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Funmi asks where Tobi's physio goes, and about direct payments. Each gets a short plain answer (help goes with a
 * step; direct payments are a way to get social care help, ask the key worker), the same question again, and
 * nothing kept. An answer that only names physio is an answer.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

const TOBI = { who: 'A parent or carer', name: 'Tobi', age: 'Year 3' } as const;

describe('a parent asks where help goes in the plan', () => {
  it.each([
    ['where do i put that we need physio?', 'therapy'],
    ['is the physio a hope or what?', 'therapy'],
    ['where does the OT go?', 'therapy'],
    ['is speech therapy a need or what', 'therapy'],
    ['where can i write about his hoist', 'therapy'],
    ['can i ask for direct payment in this plan?', 'directPayment'],
    ['what about direct payments?', 'directPayment'],
    ['can we get a personal budget?', 'directPayment'],
  ])('%j is answered plainly and the question asked again', async (typed, kind) => {
    chat = await typedTo(Step.hopesDream, TOBI);
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(standard(`common:helpAsked.${kind}`));
    expect(said).not.toMatch(/didn't understand/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())!.aspirations).toEqual([]);
  });

  it('leave alone: "he has physio on monday and he loves swimming" is an answer', async () => {
    chat = await typedTo(Step.hopesDream, TOBI);
    const said = saidIn(await chat.say('he has physio on monday and he loves swimming'));
    expect(said).not.toContain(standard('common:helpAsked.therapy'));
  });
});
