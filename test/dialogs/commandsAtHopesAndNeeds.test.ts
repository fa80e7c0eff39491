import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/* Commands typed at the hopes and needs questions are done or answered, never kept as a hope or a need. */

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const HOPES: SeedHope[] = [
  { text: 'travel on the train on my own', theme: 'independent_living', needs: [] },
  { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] },
  { text: 'is there a note that says i am not safe', theme: null, needs: [] },
];
const atMore: Seed = { today: '2026-12-02', name: 'Kai', age: 19, hopes: HOPES, at: () => ({ stage: 'hopes', step: Step.hopesMore }) };

async function hopes(chat: Transcript): Promise<string[]> {
  return (await chat.draft())!.aspirations.map((a) => a.text);
}

describe('commands at the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"take it out" takes out the hope just kept', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('i like the bus driver');
    expect(await hopes(chat)).toHaveLength(4);
    await chat.say('take it out');
    expect(await hopes(chat)).toEqual(HOPES.map((h) => h.text));
    expect(chat.step).toBe(Step.hopesMore);
  });

  it.each(['what hopes have you kept. list them', 'what hopes have you kept'])('"%s" lists the hopes kept', async (typed) => {
    ({ chat } = await startWith(atMore));
    const said = texts(await chat.say(typed));
    for (const h of HOPES) expect(said.toLowerCase()).toContain(h.text.toLowerCase());
    expect(await hopes(chat)).toHaveLength(3);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it.each([
    'delete both of those hopes. they are wrong',
    'delete all of my hopes. none of them are real',
    '4 of my hopes are wrong',
    'they are things i typed to you not hopes',
  ])('"%s" is never kept as a hope, and asks which to take out', async (typed) => {
    ({ chat } = await startWith(atMore));
    const said = texts(await chat.say(typed));
    expect(JSON.stringify((await chat.draft())!.aspirations)).not.toContain(typed.split('.')[0]!.slice(0, 12));
    expect(await hopes(chat)).toEqual(HOPES.map((h) => h.text));
    expect(said).toMatch(/which/i);
    for (const h of HOPES) expect(said.toLowerCase()).toContain(h.text.toLowerCase());
  });

  it('"stop" is never kept as a hope', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('stop');
    expect(await hopes(chat)).toEqual(HOPES.map((h) => h.text));
  });

  it('"I want to stop smoking" is still a hope (leave alone)', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('I want to stop smoking');
    expect(await hopes(chat)).toContain('I want to stop smoking');
  });
});

describe('commands at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const atBarrier: Seed = {
    today: '2026-12-02', name: 'Kai', age: 19,
    hopes: [{ text: 'travel on the train on my own', theme: 'independent_living', needs: [] }],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
  };

  it('"none of them. i did not say that was hard. delete it" takes out the hard thing just kept, and keeps nothing new', async () => {
    ({ chat } = await startWith(atBarrier));
    await chat.say('the crowds');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['the crowds']);
    const said = texts(await chat.say('none of them. i did not say that was hard. delete it'));
    expect((await chat.draft())!.needs).toEqual([]);
    expect(said).not.toMatch(/as something that is hard/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"delete all of my hopes. none of them are real" at a needs question lists the hopes, and is never a need', async () => {
    ({ chat } = await startWith(atBarrier));
    const said = texts(await chat.say('delete all of my hopes. none of them are real'));
    expect(said).toMatch(/1: "travel on the train on my own"/);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
