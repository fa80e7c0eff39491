import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * "whats a safeguarding lead", typed before any note was made: a short true answer (a person at the
 * service whose job is keeping young people safe, who sees a note only when a worry is told), then
 * the same question again. Never "Sorry, I missed your question", never kept.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('asked who the safeguarding lead is, with no note made', () => {
  it.each(['whats a safeguarding lead', 'who is the safeguarding lead', 'what is a safeguarding lead??'])('%j at the hopes question: who they are, then the question again', async (typed) => {
    chat = await typedTo(Step.hopesDream, { age: '15' });
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/keep young people safe/);
    expect(said).toMatch(/only if you tell me/);
    expect(said).not.toMatch(/missed your question|What would you like to ask|note I made/);
    expect(chat.step).toBe(Step.hopesDream);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aspirations).toEqual([]);
  });

  it('in easy read, the same in short sentences', async () => {
    chat = await typedTo(Step.hopesDream, { age: '15', mode: 'Easy read' });
    const said = saidIn(await chat.say('whats a safeguarding lead'));
    expect(said).toMatch(/keep young people safe/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('leave alone: "i want to be a lifeguard" is a hope', async () => {
    chat = await typedTo(Step.hopesDream, { age: '15' });
    await chat.say('i want to be a lifeguard');
    expect((await chat.draft())?.aspirations.map((a) => a.text).join(' ')).toMatch(/lifeguard/);
  });
});
