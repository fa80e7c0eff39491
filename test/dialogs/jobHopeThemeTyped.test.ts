import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * A job named is about work, whichever part of life the question asked about: "be a mechanic"
 * said at the friends question is a learning and work hope. Words about friends stay friends.
 */
describe('a hope that names a job is themed as work', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atFriends = () => startWith({ today: '2026-12-02', name: 'Sam', age: 17, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'friends_and_community' }) });
  const themes = async () => (await chat.draft())!.aspirations.map((a) => [a.text, a.theme]);

  it.each(['be a mechanic', 'i want to be a mechanic like my uncle', 'id love to become a hairdresser'])('%j at the friends question is work', async (typed) => {
    ({ chat } = await atFriends());
    await chat.say(typed);
    expect(await themes()).toEqual([[typed, 'learning_and_work']]);
  });

  it.each(['be a good friend', 'be a big brother to my sister', 'have more mates to hang out with'])('leave alone: %j at the friends question stays friends', async (typed) => {
    ({ chat } = await atFriends());
    await chat.say(typed);
    expect(await themes()).toEqual([[typed, 'friends_and_community']]);
  });
});
