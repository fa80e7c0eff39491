import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Leo's mum at the dream question says sorry for going on: a kind word, never kept as a hope,
 * and the question asked again.
 */
describe('a parent saying sorry at the dream question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['sorry for all my moaning', 'sorry for moaning', 'sorry about all the moaning']) {
    it(`"${said}" hears "No need to say sorry." and the question again, and no hope is kept`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
      const asked = chat.lastQuestion?.activity.text;
      const replies = await chat.say(said);
      expect(saidIn(replies)).toContain('No need to say sorry.');
      expect(saidIn(replies)).not.toMatch(/moaning/);
      expect((await chat.draft())!.aspirations).toEqual([]);
      expect(chat.lastQuestion?.step).toBe(Step.hopesDream);
      expect(asked === undefined || saidIn(replies).includes(asked)).toBe(true);
    });
  }

  it('"sorry, he wants to be a vet" is kept as his hope', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) })));
    await chat.say('sorry, he wants to be a vet');
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/vet/);
  });
});
