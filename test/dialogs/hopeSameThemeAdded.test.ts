import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const withVet = (at: Position) =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 12, schoolYear: 7, hopes: [{ text: 'be a vet', theme: 'learning_and_work', needs: [] }], at: () => at });
const QUESTIONS: [string, Position][] = [
  ['"any other hopes?"', { stage: 'hopes', step: Step.hopesMore }],
  ['the question about learning and work', { stage: 'hopes', step: Step.hopesTheme, topic: 'learning_and_work' }],
];

describe('a new hope about the same part of life as one kept is added beside it, never in its place', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [where, at] of QUESTIONS) {
    for (const said of ['hmm and i want to do science properly', 'and also be good at science', 'i wanna get better at maths too', 'work at the animal shelter on saturdays']) {
      it(`"${said}" at ${where}: "be a vet" stays, and the new hope is kept too`, async () => {
        ({ chat } = await withVet(at));
        await chat.say(said);
        const hopes = await hopesOf(chat);
        expect(hopes[0]).toBe('be a vet');
        expect(hopes).toHaveLength(2);
      });
    }
  }

  it('"be a vet for horses": the same hope said more fully is one hope, in the fuller words', async () => {
    ({ chat } = await withVet({ stage: 'hopes', step: Step.hopesMore }));
    await chat.say('be a vet for horses');
    expect(await hopesOf(chat)).toEqual(['be a vet for horses']);
  });
});
