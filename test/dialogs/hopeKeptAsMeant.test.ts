import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Harvey types "go to collage" at the dream question. The bot shows "Go to college"; the plan keeps
 * "go to college" too, so later buttons and the review list say what he meant. Text-speak stays as typed.
 */
describe('a hope with a word typed as another real word', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"go to collage" is kept as "go to college", as it was shown', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Harvey', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    const replies = await chat.say('go to collage');
    expect(saidIn(replies)).toMatch(/college/i);
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['go to college']);
  });

  it('"make a collage for my nan wiv photos" keeps its collage and its text-speak', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Harvey', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    await chat.say('make a collage for my nan wiv photos');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes.join(' ')).toContain('collage');
    expect(hopes.join(' ')).toContain('wiv');
  });
});
