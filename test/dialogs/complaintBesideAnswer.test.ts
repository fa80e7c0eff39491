import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jay, 16, is fed up with the questions and says so beside his answer: "u already asked that.
 * fidget stuff". One way every time: a short sorry, the answer kept, the complaint left out.
 */

const TODAY = '2026-12-04';
const COLLEGE = { text: 'go to college to do mechanics', theme: 'learning_and_work' as const, needs: ['i cant sit still in lessons'] };

async function atHelps(): Promise<Transcript> {
  const { chat } = await startWith({
    today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [COLLEGE],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });
  return chat;
}

describe('a complaint beside an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const [said, kept] of [
    ['u already asked that. fidget stuff', 'fidget stuff'],
    ['i literally just said. the ps5', 'the ps5'],
    ['i literally just said that. driving to jobs', 'driving to jobs'],
    ['citymapper when my phones charged. same questions again man', 'citymapper when my phones charged'],
  ] as const) {
    it(`"${said}" at what helps: a short sorry, "${kept}" kept, the complaint left out`, async () => {
      chat = await atHelps();
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(/sorry/i);
      expect(replies).not.toMatch(/haven't kept/);
      expect((await chat.draft())!.needs[0]!.helps).toEqual([kept]);
    });
  }

  it('"same questions again man" alone: a sorry, nothing kept, the question stays open', async () => {
    chat = await atHelps();
    const replies = saidIn(await chat.say('same questions again man'));
    expect(replies).toMatch(/sorry/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"u already asked that. driving to jobs" at what it makes possible keeps the answer there', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [{ ...COLLEGE, needs: [] }] }));
    await chat.say('pass my driving test');
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    if (chat.step === Step.outcomeMeasure) await chat.say('my pass certificate');
    if (chat.step === Step.outcomeDoesForMe) await chat.say('id feel free');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const replies = saidIn(await chat.say('u already asked that. driving to jobs'));
    expect(replies).not.toMatch(/haven't kept/);
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toBe('driving to jobs');
  });
});
