import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * Wendy says what makes Alfie's friend hope hard. Social communication and friendship needs are
 * special educational needs (section B), unless the words name care at home or in the community.
 */

const HOPES: SeedHope[] = [{ text: 'I should like him to have a friend', theme: 'friends_and_community', needs: [] }];

describe('a friendship need said by a carer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["He doesn't know how to join in with other children.", 'education'],
    ['He finds it very hard to make friends, as he does not understand how to start a conversation.', 'education'],
    ['He is lonely and has nobody to play with.', 'education'],
  ])('%j is kept under education', async (typed, section) => {
    const started = await startWith(parentSeed({ name: 'Alfie', age: 7, schoolYear: 2 }, HOPES, {
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    chat = started.chat;
    await chat.say(typed);
    const needs = (await chat.draft())!.needs;
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((n) => n.suggestedSection === section)).toBe(true);
  });
});
