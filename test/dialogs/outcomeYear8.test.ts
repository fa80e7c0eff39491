import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const WORK: SeedHope = { text: 'work with animals when im older', theme: 'learning_and_work', needs: ['I get nervous with new people'] };

describe('a Year 8 pupil at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"By Year 10 thats when you do work experience" keeps only the time in the sentence', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 13, schoolYear: 8, hopes: [WORK] }));
    await chat.say('do work experience at a farm');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('By Year 10 thats when you do work experience');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('By Year 10');
    await chat.say('the farmer signs my sheet');
    await chat.say('i would feel proud');
    await chat.say('i could get a job with animals');
    await chat.say('someone to go with me the first day');
    const readBack = chat.lastQuestion?.activity.text ?? '';
    expect(readBack).toContain('By Year 10, I will do work experience at a farm.');
    expect(readBack).not.toMatch(/thats when/i);
  });

  it('hears no college examples when asking for help at the step', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 13, schoolYear: 8, hopes: [WORK] }));
    const help = await chat.say('help');
    expect(help.map((r) => r.text ?? '').join(' ')).not.toMatch(/college/i);
    const ideas = await chat.say("i'm not sure");
    expect(ideas.map((r) => r.text ?? '').join(' ')).not.toMatch(/college/i);
  });
});
