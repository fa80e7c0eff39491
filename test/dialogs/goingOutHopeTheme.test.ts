import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * "go to football matches with my mate dan" was kept under health and wellbeing. Going to matches,
 * clubs and gigs with friends is friends, relationships and community, also when it is said at the
 * question about health.
 */

const themeOf = async (chat: Transcript, words: RegExp) => (await chat.draft())!.aspirations.find((a) => words.test(a.text))?.theme;

describe('a hope of going out with friends', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['go to football matches with my mate dan', 'go to gigs with my friends'])('"%s" at the dream question is friends and community', async (hope) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    await chat.say(hope);
    expect(await themeOf(chat, /with my/)).toBe('friends_and_community');
  });

  it('"go to football matches with my mate dan" at the health question is friends and community', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' }) }));
    await chat.say('go to football matches with my mate dan');
    expect(await themeOf(chat, /matches/)).toBe('friends_and_community');
  });

  it('"go to the gym to get fit" at the health question is still health', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' }) }));
    await chat.say('go to the gym to get fit');
    expect(await themeOf(chat, /gym/)).toBe('health_and_wellbeing');
  });
});
