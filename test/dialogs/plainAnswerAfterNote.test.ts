import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn } from '../support/typedWay';
import { parentSeed, startWith, type Seed } from './journeySeed';

/*
 * After a note, plain answers at the plan questions that the reader was unsure of ("ill sleep in my bed" at the
 * measure) were taken into the note and the question came back, so the answer was lost. They are answers; only
 * more of the harm goes to the note.
 */
const ADDED = createWords().forMode('standard')('safeguarding:toldMore.added');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

/** At "how would you know?", a note made there, "carry on", and the question asked again. */
async function afterANoteAtTheMeasure(seed: Seed, goal: string, told: string): Promise<Transcript> {
  const { chat: c } = await startWith(seed);
  for (const m of [goal, 'by the end of the school year']) await c.say(m);
  expect(c.step).toBe(Step.outcomeMeasure);
  expect(saidIn(await c.say(told))).toMatch(CRISIS);
  await c.say('carry on');
  expect(c.step).toBe(Step.outcomeMeasure);
  return c;
}
const young = (name: string, age: number, hope: string): Seed => ({ today: '2026-12-02', name, age, schoolYear: Math.min(13, age - 4), hopes: [{ text: hope, theme: 'independent_living', needs: ['it is hard now'] }] });
const DAD = parentSeed({ name: 'Daniel', age: 10, schoolYear: 6 }, [{ text: 'Daniel will be organised for school', theme: 'independent_living', needs: ['he forgets things'] }]);
const FLAT = 'my mate mick is staying at my flat and wont leave, he takes my money and i sleep on the sofa';

const cases: { who: string; seed: Seed; goal: string; told: string; answer: string }[] = [
  { who: 'a dad, after a bullying note', seed: DAD, goal: 'Daniel will pack his school bag every evening', told: 'the boys in his class hit him and take his bag every day', answer: 'The TA and the parents see he bring all his things to school every day for 4 weeks.' },
  { who: 'a 12-year-old, after a grooming note', seed: young('Maya', 12, 'to be an artist'), goal: 'i will paint a picture for the art club', told: 'a man online keeps asking me to send pics of me and says to keep it secret', answer: 'my picture would be on the wall 🖼️' },
  { who: 'a 24-year-old, after a note about a mate in his flat', seed: young('Jordan', 24, 'get my flat back'), goal: 'i will ask my support worker to help me', told: FLAT, answer: 'ill sleep in my bed' },
  { who: 'the same, another way', seed: young('Jordan', 24, 'get my flat back'), goal: 'i will ask my support worker to help me', told: FLAT, answer: 'i sleep in my bed evry nite' },
];

describe('a plain answer after a note is kept as the answer', () => {
  it.each(cases)('$who: $answer', async ({ seed, goal, told, answer }) => {
    chat = await afterANoteAtTheMeasure(seed, goal, told);
    const said = saidIn(await chat.say(answer));
    expect(said).not.toContain(ADDED);
    expect(said).not.toMatch(/Are you OK\?/);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  }, 60000);

  it.each(['he did it again today', 'they took my bag again'])('%j after a bullying note: still added to the note, never kept', async (typed) => {
    chat = await afterANoteAtTheMeasure(young('Sam', 13, 'to be organised for school'), 'i will pack my bag the night before', 'the boys in my class hit me and take my bag every day');
    const said = saidIn(await chat.say(typed));
    // Thanked and added to the note, or the short reminder that it was passed on: never taken as the measure.
    expect(said).toMatch(new RegExp(`${ADDED.slice(0, 30)}|told me about this before|${CRISIS.source}`));
    expect(chat.step).toBe(Step.outcomeMeasure);
  }, 60000);
});
