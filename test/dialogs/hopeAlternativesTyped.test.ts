import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A 15-year-old at the hopes question names two jobs he might do, joined by "or": each job is a
 * hope of its own, kept and read back as two. "live on my own or with friends" is one hope.
 */
const AT_DREAM = { today: '2026-12-02', name: 'Nathan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };

describe('two jobs joined by "or" at the hopes question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['be a footballer. or a chef', ['be a footballer', 'be a chef']],
    ['footballer or chef idk', ['footballer', 'chef']],
    ['a chef or maybe a mechanic', ['a chef', 'a mechanic']],
    ['i want to be a chef or a mechanic', ['be a chef', 'be a mechanic']],
  ])('"%s" is kept as two hopes', async (typed, kept) => {
    ({ chat } = await startWith(AT_DREAM));
    const said = saidIn(await chat.say(typed));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes.map((h) => h.toLowerCase().replace(/^(?:i want )?to /, ''))).toEqual(kept);
    for (const hope of hopes) expect(said.toLowerCase()).toContain(hope.toLowerCase());
  });

  it('"live on my own or with friends" stays one hope', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('live on my own or with friends');
    expect((await chat.draft())!.aspirations).toHaveLength(1);
  });
});
