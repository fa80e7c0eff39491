import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';

/*
 * At "do you feel safe?", Suki: "At sixth form I am not in danger, but I do not feel comfortable in
 * the canteen because it is very loud. Does that count as not safe?" No danger is told, and the
 * question asks what "not safe" means: no crisis answer, the noise kept as a need. Harm said beside
 * "not in danger" is still heard.
 */

const suki = { today: '2026-12-06', name: 'Suki', age: 17, schoolYear: 12 } as const;
const atSafe = () => startWith({ ...suki, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) });

describe('asking whether a loud place counts as not safe', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('no crisis answer, no flag; the canteen noise is kept', async () => {
    ({ chat } = await atSafe());
    const replies = await chat.say('At sixth form I am not in danger, but I do not feel comfortable in the canteen because it is very loud. Does that count as not safe?');
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    const draft = (await chat.draft())!;
    expect(draft.flags).toEqual([]);
    expect(draft.needs.map((n) => n.text)).toEqual([expect.stringMatching(/canteen because it is very loud/)]);
    expect(draft.needs[0]!.text).not.toMatch(/count as/);
    expect(saidIn(replies)).toMatch(/scared someone may hurt you/);
  });

  it.each(['I am not in danger but my brother hits me', 'I am not in danger. Does it count as not safe if my dad hits me?'])('%j is still heard', async (typed) => {
    ({ chat } = await atSafe());
    expect(saidIn(await chat.say(typed))).toMatch(CRISIS);
  });
});
