import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { AudienceText } from '../../dialogs/reviewAudience';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

const t = createWords().forMode('standard');

describe('at the end, asking how to share the draft', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can i share it with the senco?', 'how do i send it to his school', 'can i give it to his teacher?'])('%j: how to share it, kindly, and nothing kept', async (typed) => {
    ({ chat } = await startWith(
      parentSeed({ name: 'Leo', age: 11, schoolYear: 6 }, [{ text: 'to be happy', theme: 'health_and_wellbeing', needs: ['school is too loud'] }], {
        at: () => ({ stage: 'review', step: Step.reviewDone }),
      }),
    ));
    const before = JSON.stringify((await chat.draft())?.aspirations);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain(t(AudienceText.howSharedDone));
    expect(saidIn(replies)).not.toMatch(/didn't catch/);
    expect(chat.step).toBe(Step.reviewDone);
    expect(JSON.stringify((await chat.draft())?.aspirations)).toBe(before);
  });
});
