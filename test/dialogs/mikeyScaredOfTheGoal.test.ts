import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { saidIn, startWith } from './journeySeed';
import { MIKEY } from './mikeySeed';

/*
 * Mikey, 11, in easy read, types "im kinda scared of doing it" while his goal is built. Being scared of a goal
 * is heard kindly (it is OK, we can go slowly, he can skip), then the same question comes again.
 * Nothing he typed is kept, and no safeguarding note is made. Fear of a person, said plainly at the
 * same questions, is still a concern.
 */

const UP_TO = {
  [Step.outcomeStep]: 'go to the open day',
  [Step.outcomeWhen]: 'by september',
  [Step.outcomeMeasure]: 'my teacher sees',
  [Step.outcomeDoesForMe]: 'happy',
  [Step.outcomeMakesPossible]: 'make friends',
};

const QUESTIONS: StepId[] = [Step.outcomeStep, Step.outcomeWhen, Step.outcomeMeasure, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides];

describe('scared of the goal, at each question building it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const step of QUESTIONS) {
    it.each(['im kinda scared of doing it', 'this is scary', 'bit nervous about it tbh'])(`%j at ${step}: a kind word, then the question again`, async (typed) => {
      ({ chat } = await startWith(MIKEY));
      await typeUntil(chat, step, UP_TO);
      const asked = chat.lastQuestion?.activity.text;
      const before = (await chat.draft())!.outcomes[0];
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/OK/);
      expect(reply).toMatch(/slowly|skip/i);
      expect(chat.step).toBe(step);
      expect(chat.lastQuestion?.activity.text).toBe(asked);
      const draft = (await chat.draft())!;
      expect(draft.flags).toHaveLength(0);
      expect(JSON.stringify(draft.outcomes)).not.toMatch(/scar|nervous/i);
      expect(draft.outcomes[0]).toEqual(before);
    });
  }
});

describe('fear of a person at the same questions is still heard as a concern', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeStep, 'im kinda scared of my dad he hits me'],
    [Step.outcomeMeasure, 'im scared to go home because my stepdad hurts me'],
    [Step.outcomeProvides, 'im scared. someone at home hits me'],
  ])('at %s: %j', async (step, typed) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, step, UP_TO);
    await chat.say(typed);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});

describe('scared "now" is not read as fear of the goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  // Scared now may be of something happening now, not of the goal: never brushed off as the goal going too fast.
  it.each(['im really scared now', 'i feel so scared now', 'im worried now'])('%j at the step question: never "we can go slowly"', async (typed) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, Step.outcomeStep, UP_TO);
    expect(saidIn(await chat.say(typed))).not.toMatch(/go slowly/i);
  });
});

describe('fear said alone is asked after gently, never brushed off as the goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['im really scared', 'im so scared', 'im scared lol', 'im really scared ngl', 'im really worried'])('%j at the step question: "Are you OK?"', async (typed) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, Step.outcomeStep, UP_TO);
    const asked = chat.lastQuestion?.activity.text;
    const before = (await chat.draft())!.outcomes[0];
    const reply = saidIn(await chat.say(typed));
    expect(reply).not.toMatch(/go slowly|That is OK/i);
    expect(reply).toMatch(/Are you OK\?/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    // OK: back to the question, with nothing of the fear kept.
    await chat.say('yes im ok');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toBe(asked);
    expect(JSON.stringify((await chat.draft())!.outcomes)).not.toMatch(/scar|worried/i);
    expect((await chat.draft())!.outcomes[0]).toEqual(before);
    expect((await chat.draft())!.flags).toHaveLength(0);
  });
});
