import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* "wat u mean" asks what the question means: it is explained with an example, not answered with every command. */

const CONNOR: Seed = {
  today: '2026-12-02',
  name: 'Connor',
  age: 20,
  hopes: [{ text: 'walk buster more', theme: 'health_and_wellbeing', needs: [] }],
  at: (draft) => ({ stage: 'needs', step: 'needs.barrier', topic: draft.aspirations[0]!.id }),
};
/** Words only the list of commands says. */
const COMMAND_LIST = /show my draft|delete my data/i;

describe('asking what the question means, in easy read', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['wat u mean', 'huh', 'what do u mean by that', 'i dont get it'])('"%s" gets the question explained with an example, and the same question again', async (typed) => {
    ({ chat } = await startWith(CONNOR));
    await chat.say('easy read');
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/for example/i);
    expect(said).not.toMatch(COMMAND_LIST);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs).toEqual([]);
  });

  it('"help" still says what they can say as well', async () => {
    ({ chat } = await startWith(CONNOR));
    await chat.say('easy read');
    const said = saidIn(await chat.say('help'));
    expect(said).toMatch(/for example/i);
    expect(said).toMatch(COMMAND_LIST);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});

/*
 * Jordan (22, easy read) types very short, spelt by ear: "wot dat mean" and "wat dat mean" ask what
 * the question means at the code question, the step question and "by when?". Each gets that question
 * explained plainly and asked again; nothing is kept as a code, a step or a time.
 */
const JORDAN: Seed = {
  today: '2026-12-04',
  name: 'Jordan',
  age: 22,
  hopes: [{ text: 'get a paid job', theme: 'learning_and_work', needs: ['reading is hard'] }],
};

describe('"wot dat mean" from someone who spells by ear, in easy read', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['wot dat mean', 'wat dat mean'])('"%s" at the code question explains the code and asks again', async (typed) => {
    chat = await Transcript.start({ today: '2026-12-04' });
    for (const said of ['easy read', 'yes', 'me', 'Jordan', '22']) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeInvite);
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/key worker may give you a short code/i);
    expect(said).not.toMatch(/does not look like a code/i);
    expect(chat.step).toBe(Step.welcomeInvite);
  });

  it.each(['wot dat mean', 'wat dat mean'])('"%s" at the step question explains a step and asks again, keeping nothing', async (typed) => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('easy read');
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/for example/i);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });

  it.each(['wot dat mean', 'wat dat mean'])('"%s" at "by when?" explains the time question and asks again', async (typed) => {
    ({ chat } = await startWith(JORDAN));
    await chat.say('easy read');
    await chat.say('get a job in a shop');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Pick a time/);
    expect(said).not.toMatch(/did not get the time/);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]?.timeframe ?? null).toBeNull();
  });
});
