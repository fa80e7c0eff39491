import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Aisha, 14, tired of being asked, starts her step with "finally.": an exasperated remark, never
 * the step. The step is read from the words after it.
 */
const HOPES: SeedHope[] = [{ text: 'have a quiet place at lunchtimes', theme: 'health_and_wellbeing', needs: ['the canteen is too loud'] }];
const aisha = { today: '2026-12-07', name: 'Aisha', age: 14, schoolYear: 9, hopes: HOPES };

describe('a remark before the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['Finally!! eat my lunch in the library', 'eat my lunch in the library'],
    ['finally. eat my lunch in the library', 'eat my lunch in the library'],
  ])('"%s" keeps the step without the remark', async (typed, step) => {
    ({ chat } = await startWith(aisha));
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/finally/i);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft)).not.toMatch(/finally/i);
    expect(draft.outcomes[0]?.statement ?? '').toMatch(new RegExp(step.split(' ').slice(-2).join(' ')));

  });

  it('"I will finally eat my lunch in the library" keeps every word', async () => {
    ({ chat } = await startWith(aisha));
    await chat.say('I will finally eat my lunch in the library');
    expect((await chat.draft())!.outcomes[0]?.statement).toMatch(/finally eat/);
  });
});
