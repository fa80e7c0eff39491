import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { kofiAtReview } from './reviewSeed';

/*
 * Kofi, 15, at the read-back, after changing a part: "put the tired one back". A hope keeps its
 * earlier words, so they come back; a hard thing keeps none, so the bot says kindly it cannot, and
 * nothing changes.
 */

const parts = (draft: Draft) => ({ hopes: draft.aspirations.map((a) => a.text), needs: draft.needs.map((n) => n.text) });

describe('"put the tired one back" at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('after a hard thing was changed, says kindly it cannot, and changes nothing', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(kofiAtReview()));
    await chat.say('change the tired one');
    await chat.say('i get tired after lunch');
    const before = parts((await chat.draft())!);
    expect(saidIn(await chat.say('put the tired one back'))).toMatch(/can't put that back/);
    expect(parts((await chat.draft())!)).toEqual(before);
  });

  it('"put back the boccia one" after the hope was changed puts its earlier words back', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(kofiAtReview()));
    await chat.say('change the sport one');
    await chat.say('play boccia for a club');
    expect(parts((await chat.draft())!).hopes[0]).toBe('play boccia for a club');
    await chat.say('put back the boccia one');
    expect(parts((await chat.draft())!).hopes).toEqual(['play sport for a club', 'get my gcses']);
  });

  it('"put back the sport one" names the words said before the change, and puts them back', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(kofiAtReview()));
    await chat.say('change the sport one');
    await chat.say('play boccia for a club');
    expect(saidIn(await chat.say('put back the sport one'))).not.toMatch(/can't put that back/);
    expect(parts((await chat.draft())!).hopes).toEqual(['play sport for a club', 'get my gcses']);
  });

  it('after two changes, "put back the boccia one" brings back the middle words, not the first', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(kofiAtReview()));
    await chat.say('change the sport one');
    await chat.say('play boccia for a club');
    await chat.say('change the boccia one');
    await chat.say('play wheelchair rugby for a club');
    expect(parts((await chat.draft())!).hopes[0]).toBe('play wheelchair rugby for a club');
    await chat.say('put back the boccia one');
    expect(parts((await chat.draft())!).hopes).toEqual(['play boccia for a club', 'get my gcses']);
  });
});
