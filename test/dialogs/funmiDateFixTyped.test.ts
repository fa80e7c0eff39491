import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Funmi corrects the date of the outcome she is writing for Tobi, at a later question ("please change it to March
 * 2028" at "how would everyone know?") or just after it was saved. The outcome's date changes after a yes; the
 * hope is never changed, and the words are never kept as the answer to the question open.
 */

const WALK: SeedHope = { text: 'I want Tobi to walk more', theme: 'independent_living', needs: ['He needs his frame and 2 people'] };
let chat: Transcript;
afterEach(async () => chat?.close());

async function to(step: string): Promise<Transcript> {
  ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tobi', age: 8, schoolYear: 3, hopes: [WALK] }));
  for (const s of ['walk 5 steps with his frame from sofa to table by the end of year 4', 'his physio counts the steps', 'he would feel proud', 'he could sit at the table with us', 'physio twice a week', 'yes']) {
    if (chat.step === step) break;
    await chat.say(s);
  }
  expect(chat.step).toBe(step);
  return chat;
}

describe('a date given as a correction changes the outcome, never the hope', () => {
  it.each(['please change it to March 2028', 'change the date to march 2028', 'change the by when date to March 2028', 'can we change it to march 2028', 'ok change that to March 2028'])(
    'at "how would everyone know?", %j changes the date after a yes',
    async (typed) => {
      const c = await to(Step.outcomeMeasure);
      await c.say(typed);
      await c.say('yes');
      const draft = (await c.draft())!;
      expect(draft.aspirations.map((a) => a.text)).toEqual([WALK.text]);
      expect(draft.outcomes[0]!.timeframe?.date).toBe('2028-03-31');
      expect(draft.outcomes[0]!.measure ?? '').not.toMatch(/2028/);
      expect(c.step).toBe(Step.outcomeMeasure);
    },
  );

  it('at "another outcome?", "change the by when date to March 2028" changes the outcome just saved', async () => {
    const c = await to(Step.outcomeAnother);
    await c.say('change the by when date to March 2028');
    await c.say('yes');
    const draft = (await c.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]!.timeframe?.date).toBe('2028-03-31');
    expect(draft.aspirations.map((a) => a.text)).toEqual([WALK.text]);
  });

  it('leave alone: "by March 2028" at "by when?" is the answer to that question', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tobi', age: 8, schoolYear: 3, hopes: [WALK] }));
    await chat.say('walk 5 steps with his frame from sofa to table');
    if (chat.step === Step.outcomeWhen) {
      await chat.say('change it to march 2028');
      expect((await chat.draft())!.outcomes[0]?.timeframe?.date ?? '2028-03-31').toBe('2028-03-31');
    }
  });
});
