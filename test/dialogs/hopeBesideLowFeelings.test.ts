import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A hope typed with low feelings beside it ("be a chef. i hate myself most days", "be a chef one day, some days
 * i feel like whats the point tho"): "Are you OK?" first. After "I'm OK" the hope is kept, never the low feeling.
 */

const standard = createWords().forMode('standard');

const maya = () => startWith({ today: '2026-12-07', name: 'Maya', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) });

describe('a hope said beside low feelings', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['be a chef. i hate myself most days', 'be a chef one day, some days i feel like whats the point tho']) {
    it(`"${said}": "Are you OK?", then the hope is kept`, async () => {
      ({ chat } = await maya());
      expect(saidIn(await chat.say(said))).toContain(standard('safeguarding:gentle.question'));
      await chat.say("I'm OK");
      const draft = (await chat.draft())!;
      expect(draft.flags).toEqual([]);
      const hopes = draft.aspirations.map((a) => a.text).join(' | ');
      expect(hopes).toMatch(/chef/i);
      expect(hopes).not.toMatch(/hate|point/i);
    });
  }

  it('"be a chef. i want to kill myself most days" is told at once', async () => {
    ({ chat } = await maya());
    await chat.say('be a chef. i want to kill myself most days');
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['self_harm_or_suicide']);
  });
});
