import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "Change the words" at a read-back that shows the sentence and how everyone will know: the bot
 * asks which part, and words that say how anyone will know replace the measure, never the sentence.
 * "change the alarm help to: ..." changes the help holding "alarm", in place.
 */

const WORK: SeedHope = { text: 'I want a job in a warehouse', theme: 'learning_and_work', needs: ['I forget my break times'] };

async function atReadBack(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Tariq', age: 19, hopes: [WORK] });
  await typeUntil(chat, Step.outcomeConfirm, {
    [Step.outcomeStep]: 'I will go to my internship on time every day',
    [Step.outcomeWhen]: 'by the summer',
    [Step.outcomeMeasure]: 'my manager will tell my job coach',
    [Step.outcomeDoesForMe]: 'I would feel proud',
    [Step.outcomeMakesPossible]: 'I could get a job',
    [Step.outcomeProvides]: 'an alarm on my watch',
  });
  return chat;
}

describe('"change the words" at a read-back with how everyone will know', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each([
    ['I will know because I clock in on time'],
    ['my manager will see me clock in on time'],
  ])('"change the words", then "%s": the measure changes, the sentence stays', async (measure) => {
    chat = await atReadBack();
    const before = (await chat.draft())!.outcomes[0]!.statement;
    await chat.say('Change the words');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).toHaveLength(3);
    await chat.say(measure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/clock in on time/i);
    expect(outcome.statement).toBe(before);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it('"change the words", then a new sentence: the sentence changes', async () => {
    chat = await atReadBack();
    await chat.say('change the words');
    await chat.say('I will get to my internship on time on my shift days');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/on my shift days/i);
    expect(outcome.measure).toMatch(/manager will tell/i);
  });

  it('"change the alarm help to: I use a phone alarm for my shift": that help changes, no new goal', async () => {
    chat = await atReadBack();
    const replies = await chat.say('change the alarm help to: I use a phone alarm for my shift');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]!.provision.map((p) => p.text)).toEqual(['I use a phone alarm for my shift']);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(saidIn(replies)).toMatch(/phone alarm/);
  });
});
