import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "lol that wasnt an answer... what helps is having a card to leave the room": the words that answer
 * the help question take the place of the last answer, and never become a new thing that is hard.
 */

const SCHOOL: SeedHope = { text: 'I want to stay in lessons', theme: 'learning_and_work', needs: [] };
const SAID = 'lol that wasnt an answer... what helps is having a card to leave the room';

async function atBarrier(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [SCHOOL], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
  return chat;
}

describe('a help said after "that wasnt an answer"', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('at the help question, after a help that was no answer: that help is replaced, no new need', async () => {
    chat = await atBarrier();
    await chat.say('when it gets loud in class');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my mate');
    await chat.say(SAID);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['when it gets loud in class']);
    expect(needs[0]!.helps).toEqual(['having a card to leave the room']);
  });

  it('"that wasnt an answer" alone after a help: heard, and the help stays', async () => {
    chat = await atBarrier();
    await chat.say('when it gets loud in class');
    await chat.say('my mate');
    await chat.say('that wasnt an answer');
    expect((await chat.draft())!.needs.map((n) => [n.text, n.helps])).toEqual([['when it gets loud in class', ['my mate']]]);
  });

  it('at the help question itself: the help is kept, the need stays as it was', async () => {
    chat = await atBarrier();
    await chat.say('when it gets loud in class');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(SAID);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['when it gets loud in class']);
    expect(needs[0]!.helps).toEqual(['having a card to leave the room']);
    expect(JSON.stringify(needs)).not.toMatch(/wasnt an answer/);
  });
});
