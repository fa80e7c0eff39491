import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "delete the 1 but can it just be the artist bit one": hope 1 is not deleted and no new hope is
 * kept; after a yes it is cut down to the choice named ("be an artist").
 */

const SEED: Seed = {
  today: '2026-12-04',
  name: 'Sam',
  age: 15,
  schoolYear: 10,
  hopes: [
    { text: 'be an artist or a vet', theme: null, needs: [] },
    { text: 'have friends', theme: null, needs: [] },
  ],
  at: () => ({ stage: 'hopes', step: Step.hopesMore }),
};

const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

describe('a hope cut down to the part named', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['delete the 1 but can it just be the artist bit one'], ['remove hope 1 but keep the artist part']])('"%s" keeps hope 1 as its artist part', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say(typed));
    expect(asked).toContain('be an artist');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be an artist', 'have friends']);
  });
});
