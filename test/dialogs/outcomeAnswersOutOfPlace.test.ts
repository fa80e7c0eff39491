import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Answers typed for another question of the outcome: a time where the step was asked, how everyone
 * will know where the date was asked, "nothing else" at the three questions. Each is kept where it
 * belongs (or not at all), and nothing the person said becomes the wrong part of the outcome.
 */

const MECHANIC: SeedHope = { text: 'be a mechanic', theme: 'learning_and_work', needs: ['Reading is hard for me'] };
const SWIM: SeedHope = { text: 'swim with his cousins', theme: 'health_and_wellbeing', needs: ['He is scared of water on his face'] };

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join(' ');

describe('a time typed where the step was asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['by easter 2028', 'maybe by the end of year 11', 'in 2 years i think'])('"%s" is kept as the time, the step asked again, and never read back as the outcome', async (time) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say(time);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(said(replies)).toMatch(/as the time for this step/);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('do a week of work experience at a garage');
    // The time was said already: the next question is how everyone will know, not "by when?".
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/work experience at a garage/);
    expect(outcome.timeframe?.phrase.toLowerCase()).toContain(time.replace(/^maybe /, '').replace(/ i think$/, '').replace(/^by /, ''));
  });

  it('a parent\'s time after support was kept goes with the step that follows', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Olek', age: 7, schoolYear: 2, hopes: [SWIM] }));
    await chat.say('he needs swimming lessons with a 1:1');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('swim a width of the pool with armbands');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/swim a width/);
    expect(outcome.statement).not.toMatch(/^by next summer$/i);
    expect(outcome.timeframe?.phrase).toMatch(/next summer/);
    expect(outcome.provision.map((p) => p.text).join(' ')).toMatch(/swimming lessons/);
  });
});

describe('how everyone will know, typed where the date was asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept as the measure, "by when?" is asked again, and the measure is not asked later', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    await chat.say('fix a puncture on a car on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('if i go every week and the boss says im doing good');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(said(replies)).toMatch(/how everyone will know/);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('if i go every week and the boss says im doing good');
    await chat.say('by the end of next year');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toBe('by the end of next year');
  });

  it('a time still is a time, and a reply with neither is asked again without storing it', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    await chat.say('fix a puncture on a car on my own');
    await chat.say('no clue mate');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.measure ?? null).toBeNull();
  });
});

describe('"nothing" at the three questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['nothing else', 'no not really', 'nothing'])('"%s" keeps nothing and moves on at each question', async (nothing) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [MECHANIC] }));
    await chat.say('fix a puncture on a car on my own');
    await chat.say('by the end of next year');
    await chat.say('my boss will sign it off in my log book');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say(nothing);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('get a job at a garage');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(nothing);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe ?? null).toBeNull();
    expect(outcome.makesPossible).toBe('get a job at a garage');
    expect(outcome.provision).toEqual([]);
  });
});
