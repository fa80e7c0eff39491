import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson, type Draft } from '../../src/domain/draft';
import { splitSupport } from '../../src/language/support';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Ellie's step named the place's hoist and a second step: never cut mid-sentence into help. */

const atCollege = (d: Draft) => setYoungPerson(d, { education: 'college', schoolYearEstimated: true });
const STEP = 'go swimming once a week at a pool with a hoist and do my physio stretches 4 days a week';

describe('a step with a place that has a hoist, then a second step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the place with its hoist in the step, with no help cut from it; the second step is its own outcome', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Ellie', age: 18, schoolYear: 13, change: atCollege, hopes: [{ text: 'keep my body strong', theme: 'health_and_wellbeing', needs: ['my muscles get stiff'] }] }));
    const said = (await chat.say(STEP)).map((a) => a.text ?? '').join(' ');
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('go swimming once a week at a pool with a hoist');
    expect(outcome.provision).toEqual([]);
    expect(said).toContain('do my physio stretches 4 days a week');
  });

  it.each([
    ['go swimming with a hoist and do my physio stretches', 'go swimming and do my physio stretches', 'a hoist'],
    ['go to college on my own with a travel buddy at first', 'go to college on my own', 'a travel buddy at first'],
    ['go to the shop with my support worker', 'go to the shop', 'my support worker'],
    ['go to the gym with a TA', 'go to the gym', 'a TA'],
  ])('"%s" is the step "%s" with the help "%s"', (said, rest, support) => {
    expect(splitSupport(said)).toEqual({ rest, support });
  });

  it('"play football with the class" names no help', () => {
    expect(splitSupport('play football with the class').support).toBeNull();
  });
});
