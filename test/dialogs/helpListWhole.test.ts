import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { Step } from '../../dialogs/ids';
import { startWith, type SeedHope } from './journeySeed';

const LESSONS: SeedHope = { text: 'I want to stay in my lessons', theme: 'learning_and_work', needs: ['I get overwhelmed when it is noisy'] };

/* Help listed with commas is kept as whole pieces of help, each a row; a comma inside one help does not cut it. */
describe('help listed with commas', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const help = async (): Promise<string[]> => (await chat.draft())?.outcomes[0]?.provision.map((p) => p.text) ?? [];

  it('"stay in my lessons with a quiet room, ear defenders, time out cards and a visual timetable" keeps the step and four pieces of help', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [LESSONS] }));
    await chat.say('stay in my lessons with a quiet room, ear defenders, time out cards and a visual timetable');
    expect((await chat.draft())?.outcomes[0]?.statement).toMatch(/^stay in my lessons$/i);
    expect(await help()).toEqual(['a quiet room', 'ear defenders', 'time out cards', 'a visual timetable']);
  });

  it('at what help would you need, "time to calm down, then try again" stays one piece of help', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [LESSONS] }));
    await typeUntil(chat, Step.outcomeProvides, {
      [Step.outcomeStep]: 'stay in my maths lessons for the whole hour',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'my teacher will tick my chart',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could pass my exams',
    });
    await chat.say('a quiet room, time to calm down, then try again and a visual timetable');
    expect(await help()).toEqual(['a quiet room', 'time to calm down, then try again', 'a visual timetable']);
  });
});
