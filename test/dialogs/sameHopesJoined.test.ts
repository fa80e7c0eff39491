import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { answerWasForHope } from '../../src/language/answerForHope';
import { hopesSaidSame } from '../../src/language/sameHopes';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * Two hopes said to be one ("wait thats the same as my football job one", "the job one is the same
 * as the football job"): made one hope, with the hard things of both, and said so. "sorry that
 * was for the weight one" at what helps moves the hard things just said to that hope, never a help.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOPES = [
  { id: 'a', text: 'get a job at the football ground' },
  { id: 'b', text: 'have my own place one day' },
  { id: 'c', text: 'I want to learn how to get a job' },
];

describe('reading two hopes said to be one', () => {
  it.each(['wait thats the same as my football job one', 'the job one is the same as the football job', 'sorry. the job hope is the same as the football one'])('"%s"', (words) => {
    const said = hopesSaidSame(words, HOPES);
    expect(said && 'copy' in said ? [said.copy.id, said.keep.id] : said).toEqual(['c', 'a']);
  });

  it.each(['is it the same as before?', 'thats the same as last time', 'same as before'])('"%s" names no hopes', (words) => {
    expect(hopesSaidSame(words, HOPES)).toBeUndefined();
  });

  it('away from the hopes, "that" names no hope', () => {
    expect(hopesSaidSame('thats the same as my football job one', HOPES, false)).toBeUndefined();
  });
});

async function withTheJobTwice(): Promise<Transcript> {
  chat = await typedTo(Step.hopesTheme, { name: 'Josh', age: '20' }, { [Step.hopesDream]: 'get a job at the football ground. and have my own place one day', [Step.hopesMore]: 'no' });
  await chat.say('i want to learn how to get a job. forms confuse me');
  expect((await chat.draft())?.aspirations).toHaveLength(3);
  return chat;
}

async function expectJoined(chat: Transcript): Promise<void> {
  const draft = await chat.draft();
  expect(draft?.aspirations.map((a) => a.text)).toEqual(['get a job at the football ground', 'have my own place one day']);
  const job = draft!.aspirations[0]!.id;
  expect(draft?.needs.find((n) => n.text === 'forms confuse me')?.aspirationIds).toEqual([job]);
}

describe('two hopes said to be one', () => {
  it('just after the hope was said: joined, and the question asked again', async () => {
    const chat = await withTheJobTwice();
    await chat.say('wait thats the same as my football job one');
    await expectJoined(chat);
    expect(chat.step).toBe(Step.hopesTheme);
  });

  it('at a needs question, both hopes named', async () => {
    const chat = await withTheJobTwice();
    for (let i = 0; i < 6 && chat.step !== Step.needsBarrier; i++) await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('the job one is the same as the football job');
    await expectJoined(chat);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});

const FOR_HOPES = [
  { id: 'a', text: 'get a job at the football ground' },
  { id: 'b', text: 'lose some weight' },
];

describe('reading which hope an answer was for', () => {
  it.each(['sorry that was for the weight one', 'oops thats for my weight hope', 'that was meant for the weight one.'])('"%s"', (words) => {
    expect(answerWasForHope(words, FOR_HOPES)?.hope.id).toBe('b');
  });

  it('leaves the rest of the message to read on', () => {
    expect(answerWasForHope('sorry that was for the weight one. and the job one is the same as the football job', FOR_HOPES)?.rest).toBe('and the job one is the same as the football job');
  });

  it('"that was for the last question" names no hope', () => {
    expect(answerWasForHope('that was for the last question', FOR_HOPES)).toBeUndefined();
  });
});

describe('at "what already helps?"', () => {
  it('moves the hard things to the hope named, keeps no help, and joins the hopes said to be the same', async () => {
    chat = await typedTo(Step.needsBarrier, { name: 'Josh', age: '20' }, {
      [Step.hopesDream]: ['get a job at the football ground', 'lose some weight', 'learn how to get a job'],
      [Step.hopesMore]: ['yes', 'yes', 'no'],
      [Step.hopesTheme]: ['no', 'no', 'no', 'no', 'no', 'no'],
    });
    const before = await chat.draft();
    const [job, weight, copy] = before!.aspirations;
    await chat.say('i find it hard to do exercise');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('sorry that was for the weight one. and the job one is the same as the football job');
    const draft = await chat.draft();
    const need = draft?.needs.find((n) => n.text.includes('exercise'));
    expect(need?.aspirationIds).toEqual([weight!.id]);
    expect(need?.helps ?? []).toEqual([]);
    expect(draft?.needs.flatMap((n) => n.helps ?? []).join(' ')).not.toContain('that was for');
    expect(draft?.aspirations.map((a) => a.id)).toEqual([job!.id, weight!.id]);
    expect(copy).toBeDefined();
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
