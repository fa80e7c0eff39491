import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "write it for me" at the step question: ideas that fit the hope (a vet hope gets an idea about
 * animals), to pick or to type over. Picking "the first one" keeps that idea as the step.
 */

const SEED: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: ['reading is hard'] }],
};

describe('"write it for me" at the step question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offers ideas that fit the hope, and one can be picked', async () => {
    ({ chat } = await startWith(SEED));
    const said = (await chat.say('write it for me')).map((a) => a.text ?? '').join('\n');
    expect(said).toMatch(/animals/);
    expect(said).not.toMatch(/bus to town/);
    expect(chat.lastQuestion?.step).toBe(Step.outcomeStep);
    await chat.say('the first one');
    expect(JSON.stringify((await chat.draft())!.outcomes)).toMatch(/animals/);
  });
});
