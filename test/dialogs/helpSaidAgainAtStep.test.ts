import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Help given at "what is one step?" is kept as provision and "what would that help you do?" asked.
 * The same help said again ("a TA", then "a teaching assistant in class") asks for the step as
 * "I will ..."; other help ("extra maths lessons", then "extra reading lessons") is asked about too.
 */

const KAI: Seed = {
  today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10,
  hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: ['reading is hard'] }],
};

const SAY_IT = /Start with "I will/;
const HELP_YOU_DO = /What would that help you do\?/;

describe('help said again at the step question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"a TA", then "a teaching assistant in class": the same help, so the step is asked for as "I will ..."', async () => {
    ({ chat } = await startWith(KAI));
    expect(saidIn(await chat.say('a TA'))).toMatch(HELP_YOU_DO);
    const said = saidIn(await chat.say('a teaching assistant in class'));
    expect(said).toMatch(SAY_IT);
    expect(chat.step).toBe(Step.outcomeStep);
  });

  it('leave alone: "extra maths lessons", then "extra reading lessons" is other help, asked about too', async () => {
    ({ chat } = await startWith(KAI));
    expect(saidIn(await chat.say('extra maths lessons'))).toMatch(HELP_YOU_DO);
    const said = saidIn(await chat.say('extra reading lessons'));
    expect(said).toMatch(HELP_YOU_DO);
    expect(said).not.toMatch(SAY_IT);
  });
});
