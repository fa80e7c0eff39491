import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * A foster carer at the hopes questions asks for the hope she just gave to go ("please delete that
 * last hope, its in the wrong place"). The hope goes; her request is never kept as a hope.
 */

const SEED: Seed = {
  today: '2026-12-04',
  name: 'Kayden',
  age: 9,
  schoolYear: 5,
  hopes: [{ text: 'play football for a team', theme: 'friends_and_community', needs: [] }],
  at: () => ({ stage: 'hopes', step: Step.hopesDream }),
};

describe('asking to delete the last hope at the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['please delete that last hope, its in the wrong place'], ['take out that last hope please'], ['delete it']])('"%s" takes it out and keeps no words of it', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say('a calm voice and a warning before changes');
    expect(JSON.stringify((await chat.draft())!.aspirations)).toMatch(/calm voice/);
    await chat.say(typed);
    const hopes = JSON.stringify((await chat.draft())!.aspirations);
    expect(hopes).not.toMatch(/calm voice|delete|take out|wrong place/);
    expect(hopes).toMatch(/football/);
  });
});
