import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopesSaidSame } from '../../src/language/sameHopes';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "Friends is the same as college, I get anxious" at what makes a hope hard: the same hard thing
 * for both, never two hopes made one. Only saying the hopes or ones are the same joins them there.
 */

const FRIENDS: SeedHope = { text: 'make more friends', theme: 'friends_and_community', needs: [] };
const COLLEGE: SeedHope = { text: 'go to college to do art', theme: 'learning_and_work', needs: [] };
const HOPES = [
  { id: 'a', text: 'make more friends' },
  { id: 'b', text: 'go to college to do art' },
];

describe('"the same as" at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Friends is the same as college, I get anxious', 'Friends is the same as college. I get anxious', 'friends are the same as college'])('"%s" joins no hopes', (typed) => {
    expect(hopesSaidSame(typed, HOPES, false)).toBeUndefined();
  });

  it.each(['the friends one is the same as the college one', 'friends is the same hope as college'])('"%s" joins the two hopes', (typed) => {
    const said = hopesSaidSame(typed, HOPES, false);
    expect(said && 'copy' in said ? [said.copy.id, said.keep.id] : said).toEqual(['a', 'b']);
  });

  it('"Friends is the same as college. I get anxious" at what makes it hard keeps both hopes and the hard thing', async () => {
    ({ chat } = await startWith({ today: '2026-12-05', name: 'Amir', age: 17, hopes: [FRIENDS, COLLEGE], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('Friends is the same as college. I get anxious');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.needs.map((n) => n.text).join(' | ')).toMatch(/anxious/);
  });
});
