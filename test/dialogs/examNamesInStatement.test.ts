import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';
import { outcomeSentence } from '../../src/language/outcomeSentence';

/*
 * Exams are written in the plan as everyone writes them: "GCSEs", "A levels", "BTEC", never
 * "GCSES"; "a level 2 course" is a level, and stays as typed.
 */

const HANA: Seed = {
  today: '2026-12-03',
  name: 'Hana',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: ['i find revision hard'] }],
};

describe('exam names in an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['pass my gcses by next summer', /\bGCSEs\b/],
    ['do my a levels at sixth form by september 2028', /\bA levels\b/],
    ['pass my btec in animal care by july', /\bBTEC\b/],
  ])('%j is written with the exam named as a plan writes it', async (typed, named) => {
    ({ chat } = await startWith(HANA));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: typed,
      [Step.outcomeMeasure]: 'i get my results letter',
      [Step.outcomeDoesForMe]: 'id be proud',
      [Step.outcomeMakesPossible]: 'i could go to college',
      [Step.outcomeProvides]: 'a revision club after school',
    });
    const said = chat.lastQuestion?.activity.text ?? '';
    expect(said).toMatch(named);
    expect(said).not.toMatch(/GCSES|BTECS/);
  });

  it.each([
    ['get 5 gcses', 'I will get 5 GCSEs.'],
    ['finish an a level in art', 'I will finish an A level in art.'],
    ['get a level 2 certificate in catering', 'I will get a level 2 certificate in catering.'],
    ['have a level of confidence to ask', 'I will have a level of confidence to ask.'],
  ])('%j reads %j', (step, sentence) => {
    expect(outcomeSentence({ step, timeframe: null })).toBe(sentence);
  });
});
