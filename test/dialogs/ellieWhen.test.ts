import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { setYoungPerson, type Draft } from '../../src/domain/draft';
import { findTimeframe } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';

/* Ellie (18, at college) said when in her own words: "by the end of my course so like july". */

const atCollege = (d: Draft) => setYoungPerson(d, { education: 'college', schoolYearEstimated: true });
const HOPE = [{ text: 'pass my course and go onto level 2', theme: 'learning_and_work' as const, needs: ['i find assignments hard'] }];

describe('Ellie at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"by the end of my course so like july" is the end of this college year, and the choices say college, never school', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Ellie', age: 18, schoolYear: 13, change: atCollege, hopes: HOPE }));
    await chat.say('hand in all my assignments on time');
    expect(chat.step).toBe(Step.outcomeWhen);
    const labels = saidIn([{ text: JSON.stringify(chat.lastQuestion) }]);
    expect(labels).toMatch(/End of this college year/);
    expect(labels).not.toMatch(/school/i);
    const replies = await chat.say('by the end of my course so like july');
    expect(saidIn(replies)).not.toMatch(/couldn't work out/);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-07-22');
  });

  it('tapping "End of this college year" keeps that phrase and July', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Ellie', age: 18, schoolYear: 13, change: atCollege, hopes: HOPE }));
    await chat.say('hand in all my assignments on time');
    await chat.say('End of this college year');
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.phrase).toBe('by the end of this college year');
    expect(timeframe?.date.slice(0, 7)).toBe('2027-07');
  });

  it('in Year 13 at school the choice still says school', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Sam', age: 17, schoolYear: 13, hopes: HOPE }));
    await chat.say('hand in all my assignments on time');
    expect(JSON.stringify(chat.lastQuestion)).toMatch(/End of this school year/);
  });

  it.each([
    ['by the end of my course', '2027-07-22'],
    ['when i finish my course', '2027-07-22'],
  ])('"%s" reads as the end of this college year', (said, date) => {
    expect(findTimeframe(said, { today: '2026-12-04', schoolYear: 13 })?.date).toBe(date);
  });

  it.each(['i want to do a cooking course', 'the course is hard'])('"%s" names no time', (said) => {
    expect(findTimeframe(said, { today: '2026-12-04', schoolYear: 13 })).toBeNull();
  });
});
