import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "show my hopes" while an outcome is being made (when, the check "Is that right?"): the hopes are
 * listed and the same question is asked again. It is never kept as the outcome or how it is measured.
 */

const SEED: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'be a vet', theme: 'learning_and_work', needs: ['reading is hard'] },
    { text: 'have friends', theme: 'friends_and_community', needs: ['I get nervous with new people'] },
  ],
};

describe('"show my hopes" at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('lists the hopes and asks the same question again', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('I will read a short animal care leaflet on my own');
    const step = chat.lastQuestion?.step;
    const said = (await chat.say('show my hopes')).map((a) => a.text ?? '').join('\n');
    expect(said).toContain('be a vet');
    expect(said).toContain('have friends');
    expect(chat.lastQuestion?.step).toBe(step);
    expect(JSON.stringify((await chat.draft())!.outcomes)).not.toMatch(/show my hopes/i);
  });

  it('at "Is that right?" too', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('I will read a short animal care leaflet on my own');
    for (let i = 0; i < 6 && chat.lastQuestion?.step !== Step.outcomeConfirm; i++) await chat.say(chat.lastQuestion?.choices[0] ?? 'skip');
    expect(chat.lastQuestion?.step).toBe(Step.outcomeConfirm);
    const said = (await chat.say('show my hopes')).map((a) => a.text ?? '').join('\n');
    expect(said).toContain('have friends');
    expect(chat.lastQuestion?.step).toBe(Step.outcomeConfirm);
    expect(JSON.stringify((await chat.draft())!.outcomes)).not.toMatch(/show my hopes/i);
  });
});
