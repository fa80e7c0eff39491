import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * At "how would you and others know?" a parent asks back ("Known what, which one?") and then answers
 * in the same message. The question is never part of the measure; when several hopes or outcomes are
 * in play, the bot says which outcome this is about. "id have a place on it?? obviously lol" is a measure.
 */

const SCIENCE: SeedHope = { text: 'Tia to be a scientist', theme: 'learning_and_work', needs: ['she finds writing hard'] };
const FRIENDS: SeedHope = { text: 'Tia to make friends', theme: 'friends_and_community', needs: ['she is shy'] };

async function atMeasure(hopes: SeedHope[], step: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tia', age: 9, schoolYear: 4, hopes });
  await chat.say(step);
  for (let i = 0; i < 4 && chat.step === Step.outcomeWhen; i++) await chat.say('by the summer');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('a question said before the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Known what, which one? For the science, Miss Patel could tell me ...": the question dropped, and which one said', async () => {
    chat = await atMeasure([SCIENCE, FRIENDS], 'Tia will do a science experiment in class with her own hands');
    const said = saidIn(await chat.say('Known what, which one? For the science, Miss Patel could tell me Tia did the experiment with her own hands'));
    expect(said).toContain('This is about "Tia will do a science experiment in class with her own hands"');
    const measure = (await chat.draft())!.outcomes[0]!.measure ?? '';
    expect(measure).toMatch(/^Miss Patel could tell me Tia did the experiment with her own hands/);
    expect(measure).not.toMatch(/known what|which one|for the science/i);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });

  it('"id have a place on it?? obviously lol" is kept as the measure', async () => {
    chat = await atMeasure([{ text: 'get on a college course', theme: 'learning_and_work', needs: ['i find exams hard'] }], 'i will get on the catering course at college');
    await chat.say('id have a place on it?? obviously lol');
    expect((await chat.draft())!.outcomes[0]!.measure ?? '').toMatch(/^(?:id|I'd) have a place on it$/i);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
