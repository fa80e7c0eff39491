import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Leon, 20, later in the chat after the note about Craig keeping his PIP: "did u keep the one about money?". A short
 * true answer: what the plan holds about money, and that the note is kept for the adults who keep people safe, not in
 * the plan. The question open is asked again; nothing is kept.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function leonAfterTheNote(): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02',
    name: 'Leon',
    age: 20,
    hopes: [
      { text: 'to have my own money', theme: 'independent_living', needs: ['i never have any money'] },
      { text: 'to go swimming', theme: 'health_and_wellbeing', needs: [] },
    ],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  }));
  await chat!.say('craig collects my pip and keeps it');
  await chat!.say('yes');
  await chat!.say('carry on');
  expect(chat!.step).toBe(Step.needsHelps);
  return chat!;
}

describe('what was kept about money, asked later', () => {
  it.each(['did u keep the one about money?', 'have you saved the bit about my pip', 'is the thing about money still there?', 'what did you keep about money', 'did you keep what i said about my benefits'])(
    '%j: what the plan holds, the note kept apart, the question again',
    async (said) => {
      const c = await leonAfterTheNote();
      const replies = saidIn(await c.say(said));
      expect(replies).toMatch(/Your plan has this about .*"to have my own money"/);
      expect(replies).not.toMatch(/to go swimming/);
      expect(replies).toMatch(/kept in a note for the (?:safeguarding lead|adults who keep people safe)\. It is not in your plan/);
      expect(c.step).toBe(Step.needsHelps);
      expect((await c.draft())!.needs[0]!.helps ?? []).toEqual([]);
    },
  );

  it('"did u keep the one about football?" says the plan holds nothing about it', async () => {
    const c = await leonAfterTheNote();
    expect(saidIn(await c.say('did u keep the one about football?'))).toMatch(/Your plan does not say anything about football/);
  });

  it.each(['i want to keep my money in the bank', 'did you keep it'])('%j is not this question', async (said) => {
    const c = await leonAfterTheNote();
    expect(saidIn(await c.say(said))).not.toMatch(/Your plan (?:has this|does not say anything) about/);
  });
});
