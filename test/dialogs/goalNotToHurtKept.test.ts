import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { typeUntil } from '../support/typedWay';

/* A foster carer's goal to stop hurting, typed at the outcome step, is kept as the outcome: no crisis answer, no flag. */

const KAYDEN: Seed = {
  today: '2026-12-03',
  who: 'parent_carer',
  name: 'Kayden',
  age: 9,
  schoolYear: 4,
  hopes: [{ text: 'stay calm at school', theme: 'health_and_wellbeing', needs: ['he gets wound up and lashes out'] }],
};

describe('a goal not to hurt at the outcome step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as the outcome, with no flag and no safety check', async () => {
    ({ chat } = await startWith(KAYDEN));
    await typeUntil(chat, Step.outcomeStep, {});
    await chat.say('Kayden will notice when he is getting wound up and ask for a break or use his calm space, instead of hurting himself or others');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.step).not.toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.flags).toHaveLength(0);
    expect(JSON.stringify(draft)).toContain('instead of hurting himself or others');
  });
});
