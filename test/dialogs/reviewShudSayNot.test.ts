import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { kofiAtReview } from './reviewSeed';

/*
 * Kofi, 15, at the read-back: "it shud say play boccia not play sport". The words now there ("play
 * sport") name the part; the new words go in their place, after a yes. Words no part holds are
 * never kept as a new hope: which part is asked.
 */

const hopes = (draft: Draft) => draft.aspirations.map((a) => a.text);

describe('"it shud say X not Y" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['it shud say play boccia not play sport', 'it should say boccia instead of sport'])('"%s", then "yes", changes only those words of the hope that says them', async (typed) => {
    ({ chat } = await startWith(kofiAtReview()));
    expect(saidIn(await chat.say(typed))).toMatch(/play boccia for a club/);
    await chat.say('yes');
    expect(hopes((await chat.draft())!)).toEqual(['play boccia for a club', 'get my gcses']);
  });

  it('"it shud say play boccia not chelsea" asks which part, and keeps nothing new', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(kofiAtReview()));
    expect(saidIn(await chat.say('it shud say play boccia not chelsea'))).toMatch(/which part/i);
    expect(hopes((await chat.draft())!)).toEqual(hopes(seeded));
  });
});
