import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * A 14-year-old in Year 9 who reads easy read types one to six words, misspelt: "wot", "huh",
 * "that sounds weerd", "boring can we stop", "nah carry on". None of it is ever kept; each is
 * answered, and the question asked again.
 */

const HOPES = [
  { text: 'do a bike course at collidge', theme: 'learning_and_work' as const, needs: ['reading is hard'] },
  { text: 'fix bikes', theme: 'learning_and_work' as const, needs: [] },
];

async function kyle(at?: (first: string) => Position): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-03', name: 'Kyle', age: 14, schoolYear: 9, hopes: HOPES,
    ...(at ? { at: (d) => at(d.aspirations[0]!.id) } : {}),
  });
  await chat.say('easy read');
  return chat;
}

/** Kyle's first outcome typed up to its read-back. */
async function atReadBack(): Promise<Transcript> {
  const chat = await kyle();
  for (const said of ['do a bike course at collidge', 'next summer', 'i get the certifcate', 'i feel proud', 'get a job', 'my mum helps']) await chat.say(said);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

const statement = async (chat: Transcript) => (await chat.draft())?.outcomes[0]?.statement ?? '';

describe('short misspelt messages are never content', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at the read-back, "wait wot did u put for how i feel" shows how he feels, and "that sounds weerd" asks which part', async () => {
    chat = await atReadBack();
    const before = await statement(chat);
    const asked = saidIn(await chat.say('wait wot did u put for how i feel'));
    expect(asked).toContain('For how you feel, you said: "i feel proud"');
    expect(asked).toMatch(/Is that right\?/);
    const weird = saidIn(await chat.say('that sounds weerd'));
    expect(weird).toMatch(/Which part shall we change\?/);
    const huh = saidIn(await chat.say('huh'));
    expect(huh).toMatch(/Which part shall we change\?/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toBe(before);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/wait|weerd|weird|huh/i);
  });

  it('"boring can we stop" at the read-back asks what to stop, as "can we stop" does, and keeps nothing', async () => {
    chat = await atReadBack();
    const before = await statement(chat);
    const stop = saidIn(await chat.say('boring can we stop'));
    expect(stop).toMatch(/stop this goal\? Or stop chatting for now\?/);
    expect(await statement(chat)).toBe(before);
    expect((await chat.draft())?.outcomes[0]?.doesForMe).toBe('i feel proud');
    expect((await chat.draft())?.outcomes[0]?.makesPossible).toBe('get a job');
  });

  it('typing the same words again when asked to type it his way is met kindly, and "bike course" is asked for as "I will"', async () => {
    chat = await atReadBack();
    await chat.say('that sounds weerd');
    expect(saidIn(await chat.say('the words'))).toMatch(/type it your way/);
    const same = saidIn(await chat.say('do a bike course at collidge'));
    expect(same).toContain('That is the same as now');
    expect(same).not.toMatch(/did not change anything/);
    await chat.say('the words');
    const thing = saidIn(await chat.say('bike course'));
    expect(thing).toMatch(/Start with "I will"/);
    expect(await statement(chat)).not.toMatch(/will bike course/i);
    await chat.say('i will do a bike course at collidge');
    await chat.say('keep it');
    await chat.say('yes');
    expect((await chat.draft())?.outcomes[0]).toMatchObject({ confirmed: true, statement: 'By next summer (July 2027), I will do a bike course at college.' });
  });

  it('new words that start with "do" ("do a bike course at collidge") are the new wording, never taken as a question', async () => {
    chat = await kyle();
    for (const said of ['fix my own bike', 'next summer', 'i fix it and it works', 'i feel proud', 'get a job', 'my mum helps']) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('that sounds weerd');
    await chat.say('the words');
    const reworded = saidIn(await chat.say('do a bike course at collidge'));
    expect(reworded).not.toMatch(/did not change anything/);
    expect(reworded).toContain('I will do a bike course at college.');
    // Typed once more at the read-back: the same words, said kindly, with a choice to keep it.
    expect(saidIn(await chat.say('do a bike course at collidge'))).toContain('That is the same as now');
  });

  it('"wot about skool stuff like not getting in trubble" at the step question is asked about, never the step', async () => {
    chat = await kyle();
    const replies = saidIn(await chat.say('wot about skool stuff like not getting in trubble'));
    expect(replies).toContain('You asked about "skool stuff like not getting in trubble"');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes).toEqual([]);
  });

  it('"helps wot" at how people will know is puzzlement: the question is explained, nothing kept', async () => {
    chat = await kyle();
    await chat.say('fix my own bike');
    await chat.say('by summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = saidIn(await chat.say('helps wot'));
    expect(replies).toMatch(/How will people know you did it\?/);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });

  it('"wot" at a hopes question is never kept as a hope', async () => {
    chat = await kyle(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'learning_and_work' }));
    const before = (await chat.draft())?.aspirations.length;
    const replies = saidIn(await chat.say('wot'));
    expect(replies).not.toMatch(/One of your hopes is/);
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations.length).toBe(before);
  });

  it('"boring can we stop" at a needs question stops with a code, and "nah carry on" then carries on with nothing kept', async () => {
    chat = await kyle((first) => ({ stage: 'needs', step: Step.needsHelps, topic: first }));
    const stop = saidIn(await chat.say('boring can we stop'));
    expect(stop).toMatch(/Your code is/);
    const on = saidIn(await chat.say('nah carry on'));
    expect(on).toMatch(/carry on/i);
    expect(chat.step).toBe(Step.needsHelps);
    expect(JSON.stringify((await chat.draft())?.needs)).not.toMatch(/carry|boring|stop/);
  });

  it('"does mr d see it" at any question says who sees the plan, and asks the question again', async () => {
    chat = await kyle();
    const replies = saidIn(await chat.say('does mr d see it'));
    expect(replies).toMatch(/Only your key worker, if you share them/);
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('fix my own bike');
    await chat.say('by summer');
    const again = saidIn(await chat.say('can mr d see it'));
    expect(again).toMatch(/Only your key worker, if you share them/);
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())?.outcomes[0]?.measure ?? null).toBeNull();
  });
});
