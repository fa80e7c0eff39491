import { afterEach, describe, expect, it } from 'vitest';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * Kofi, 15, at the read-back: "i said the arsenal thing was a joke!! take it out". Only "arsenal"
 * says which part is meant; "joke" in another part ("i tell good jokes") never picks that one. When
 * no part holds the words named, which one is asked, and nothing is taken out.
 */

const GOALS = ['By July 2027, I will play boccia for a club every week.', 'By May 2027, I will go to an arsenal match.'];
const KOFI = () => ({
  ...samAtReview(10, [
    { text: 'play boccia for a club', theme: 'friends_and_community' as const, needs: ['i get tired using my arm'] },
    { text: 'see arsenal win the league', theme: 'friends_and_community' as const, needs: ['the stadium is loud'] },
  ], (d: Draft) => addAboutMe(withConfirmedOutcomes(d, (i) => ({ statement: GOALS[i]!, timeframe: { phrase: 'by july', date: '2027-07-20' } })), 'strengths', 'i tell good jokes')),
  name: 'Kofi',
});

const parts = (draft: Draft) => ({ strengths: draft.aboutMe.strengths, hopes: draft.aspirations.map((a) => a.text), goals: draft.outcomes.map((o) => o.statement) });

describe('a part named inside a remark, then asked out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i said the arsenal thing was a joke!! take it out', 'the arsenal thing was a joke lol take it out'])('"%s", then "yes", takes out the arsenal hope and its goal only', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(KOFI()));
    expect(saidIn(await chat.say(typed))).toMatch(/see arsenal win the league/);
    await chat.say('yes');
    const before = parts(seeded);
    expect(parts((await chat.draft())!)).toEqual({ strengths: before.strengths, hopes: ['play boccia for a club'], goals: [GOALS[0]] });
  });

  it('"i said the chelsea thing was a joke!! take it out" asks which part, and takes nothing out', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(KOFI()));
    const asked = saidIn(await chat.say('i said the chelsea thing was a joke!! take it out'));
    expect(asked).toMatch(/which part/i);
    expect(asked).not.toMatch(/jokes/);
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });
});
