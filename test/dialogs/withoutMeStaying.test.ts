import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A parent's goal "go to a friends party without me staying": the parent stepping back is the
 * child's own step, a good outcome. It is read back as "Lily will go to a friend's party without
 * me staying", never asked again as "Start with 'Lily will ...'". A parent's own doing still is.
 */

const FRIENDS: SeedHope = { text: 'Lily will have friends', theme: 'friends_and_community', needs: ['she gets anxious without me'] };
const AFTER_STEP = ['by the summer', 'she stays for the whole party', 'she would feel proud', 'she could go to sleepovers', 'a key worker to help her practise'];

describe('a parent\'s goal "without me staying"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function readBackOf(step: string): Promise<string> {
    ({ chat } = await startWith(parentSeed({ name: 'Lily', age: 8, schoolYear: 3 }, [FRIENDS])));
    await chat.say(step);
    let said = '';
    for (const typed of AFTER_STEP) said = saidIn(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeConfirm);
    return said;
  }

  it.each([
    ['go to a friends party without me staying', "Lily will go to a friend's party without me staying."],
    ['she will go to a friends house for tea without me there', "Lily will go to a friend's house for tea without me there."],
    ['I will go to a friends party without mum staying', "I will go to a friend's party without mum staying."],
  ])('"%s" is read back as "%s"', async (typed, sentence) => {
    const said = await readBackOf(typed);
    expect(said).toContain(sentence);
    expect(said).toMatch(/Is that right\?/);
    expect(said).not.toMatch(/Start with/);
  });

  it('"I will stay with her at the party" is the parent\'s own doing: asked as "Lily will ..."', async () => {
    const said = await readBackOf('I will stay with her at the party');
    expect(said).toMatch(/Start with "Lily will/);
  });
});
