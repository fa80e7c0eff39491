import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { detectConcern } from '../../src/language/concern';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Arlo's mum (Arlo is 4, with a speech delay) at the needs questions: a child who cannot yet say he is hurt,
 * and a dad settling him at night, are ordinary family life, never a worry to check.
 */
const HOPE = { text: 'Arlo will tell us what he needs', theme: 'health_and_wellbeing' as const, needs: [] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });
const ALARM = /Are you OK|No child should|safe/i;

describe('a parent describing a young child, never read as a worry', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"if he falls over and hurts his knee he cant tell anyone" at what helps gets no check', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Arlo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
    await chat.say('telling us when hes hurt or needs the toilet');
    expect(chat.step).toBe(Step.needsHelps);
    const replies = await chat.say('if he falls over and hurts his knee he cant tell anyone');
    expect(saidIn(replies)).not.toMatch(ALARM);
    expect((await chat.draft())!.flags).toEqual([]);
  });

  it('"his dad gets him to sleep in bed with him or he wont settle" gets no check', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Arlo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
    const replies = await chat.say('his dad gets him to sleep in bed with him or he wont settle');
    expect(saidIn(replies)).not.toMatch(ALARM);
    expect(chat.step).toBe(Step.needsHelps);
  });
});

describe('a secret kept, and harm told, are still caught', () => {
  it.each(['he hurts me and i cant tell anyone', 'my knee hurts where he kicked me', 'he hits me', 'i want to die', 'my uncle touches me', 'they make me sell stuff'])(
    '%j is a disclosure',
    (said) => expect(detectConcern(said)).toMatchObject({ concern: true, sure: true }),
  );
  it.each(['he said i cant tell anyone', 'i cant tell anyone', 'if someone hurts him he cant tell anyone'])('%j is still checked', (said) => {
    const read = detectConcern(said);
    expect(read.concern || read.unclear).toBe(true);
  });
  it.each(['he cant tell us when hes hurt', 'she cant tell when shes hungry', 'i cant tell the time so i am late'])('%j is no worry', (said) =>
    expect(detectConcern(said)).toMatchObject({ concern: false }),
  );
  it.each(['he cant tell us when hes hurt', 'she cant tell when shes hungry'])('%j earns no check', (said) => expect(detectConcern(said).unclear).toBeFalsy());
});
