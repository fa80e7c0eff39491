import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * Kofi, 15, jokes first: "play for arsenal. jk. do music tech at college". The part he marks as a
 * joke ("jk", "lol jk", "only joking", "not really") is never kept; the hope he means is.
 */

const KOFI: Seed = { today: '2026-12-05', name: 'Kofi', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };

describe('a part of a hope marked as a joke', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'play for arsenal. jk. do music tech at college',
    'play for arsenal lol jk. do music tech at college',
    'be a famous youtuber. not really. do music tech at college',
    'play for arsenal, only joking. do music tech at college',
  ])('"%s" keeps only the music tech hope', async (typed) => {
    ({ chat } = await startWith(KOFI));
    await chat.say(typed);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes.join(' | ')).toMatch(/music tech at college/);
    expect(hopes.join(' | ')).not.toMatch(/arsenal|youtuber|jk|joking|not really/);
  });
});
