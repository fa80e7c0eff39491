import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Marcus, 18, answers "What already helps you?" with what would help, and chats beside his
 * answers. What he wishes for is kept as help he would like; chatter is never kept.
 */

const TODAY = '2026-12-03';
const CHEF = { text: 'work in a proper restaurant kitchen like a chef', theme: 'learning_and_work' as const, needs: ['i get flustered when theres loads of orders'] };

async function atHelps(): Promise<Transcript> {
  const { chat } = await startWith({
    today: TODAY, name: 'Marcus', age: 18, hopes: [CHEF],
    at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
  });
  return chat;
}

describe('what helps, typed with wishes and chatter', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"having a list of orders ... and more practice" is kept as help he would like, and what helps now is asked', async () => {
    chat = await atHelps();
    const said = 'having a list of orders in front of me on a screen or paper and someone showing me a quicker way to do things. and more practice';
    const replies = await chat.say(said);
    expect(saidIn(replies)).toMatch(/help you would like/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps).toEqual([said]);
  });

  it('"someone to go through it with me every week, like a support worker" is help he would like, not help that works', async () => {
    chat = await atHelps();
    const replies = await chat.say('someone to go through it with me every week, like a support worker');
    expect(saidIn(replies)).toMatch(/help you would like/);
    expect(saidIn(replies)).not.toMatch(/good to know what works/);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['It would help to have someone to go through it with me every week, like a support worker']);
  });

  it('"my support worker goes thru it with me" is help he has now', async () => {
    chat = await atHelps();
    expect(saidIn(await chat.say('my support worker goes thru it with me'))).not.toMatch(/help you would like/);
  });

  it.each(['having headphones. and', 'having my headphones in'])('"%s" is help he has now, never help he would like', async (typed) => {
    chat = await atHelps();
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/help you would like|help you want|do not have it yet/i);
    expect((await chat.draft())!.needs[0]!.helps?.join(' ')).toMatch(/having (?:my )?headphones/);
  });

  it('"having headphones. and" in easy read is help he has now', async () => {
    chat = await atHelps();
    await chat.say('easy read');
    const said = saidIn(await chat.say('having headphones. and'));
    expect(said).not.toMatch(/help you want|do not have it yet/i);
    expect((await chat.draft())!.needs[0]!.helps?.join(' ')).toMatch(/having headphones/);
  });

  it('"also did u see the arsenal game" at what helps is chatter: answered, never kept', async () => {
    chat = await atHelps();
    await chat.say('also did u see the arsenal game');
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs[0]!.helps ?? []).toEqual([]);
  });

  it('"google maps on my phone. also did u see the arsenal game" keeps only the help', async () => {
    chat = await atHelps();
    await chat.say('google maps on my phone kinda helps. also did u see the arsenal game');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['google maps on my phone kinda helps']);
  });
});

describe('an outcome, typed with chatter and lead-ins', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"... sorry this is taking ages i got work at 4" is kept out of the measure, in its words too', async () => {
    const { chat: started } = await startWith({ today: TODAY, name: 'Marcus', age: 18, hopes: [{ ...CHEF, needs: [] }] });
    chat = started;
    await chat.say('hand in all my written assignments on time');
    if (chat.step === Step.outcomeWhen) await chat.say('in a year');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my tutor says theyre all in and i pass level 1. sorry this is taking ages i got work at 4');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(JSON.stringify(outcome)).not.toMatch(/taking ages|work at 4/);
    expect(outcome.measure).toMatch(/tutor says theyre all in/i);
  });

  it('"the help is college sorting the placement" keeps the help in his words, without the lead-in', async () => {
    const { chat: started } = await startWith({ today: TODAY, name: 'Marcus', age: 18, hopes: [{ ...CHEF, needs: [] }] });
    chat = started;
    await chat.say('get work experience in a real restaurant kitchen');
    if (chat.step === Step.outcomeWhen) await chat.say('in a year');
    if (chat.step === Step.outcomeMeasure) await chat.say('the head chef says i did good for 5 shifts');
    if (chat.step === Step.outcomeDoesForMe) await chat.say('proud');
    if (chat.step === Step.outcomeMakesPossible) await chat.say('getting a proper job as a commis chef');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('the help is college sorting the placement');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['college sorting the placement']);
  });
});
