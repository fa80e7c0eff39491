import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Exams and subjects a young person passes or gets are their own outcome, never help they need:
 * "pass english and maths" or "get my GCSEs" typed at the step question starts an outcome.
 */

const COLLEGE: SeedHope = { text: 'go to college to work with animals', theme: 'learning_and_work', needs: ['i find reading hard'] };

describe('exams typed at the step question are the outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['pass english and maths', 'get my GCSEs', 'pass english n maths and get my gcses'])('"%s" starts an outcome, with nothing kept as help', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(/as help/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement.toLowerCase()).toContain(typed.toLowerCase());
    expect(outcome.provision).toEqual([]);
  });

  it('"get my GCSEs with extra time" keeps the exams as the outcome and extra time as its help', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    await chat.say('get my GCSEs with extra time');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('get my GCSEs');
    expect(outcome.provision.map((p) => p.text)).toEqual(['extra time']);
  });
});
