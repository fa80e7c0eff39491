import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * "Which thing sounded worrying? Was it my stepbrother?" after "Are you OK?" or after a note: the chat
 * says honestly which of their words it heard as worrying (twelve at most), then asks its question again.
 * Never "OK, let's carry on." as if nothing was asked.
 */
async function sam(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-04',
    name: 'Sam',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'go to college', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  return chat;
}

describe('asked what sounded worrying at "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['what did i say that was worrying', 'why did you ask if im ok', 'Which thing sounded worrying? Was it my stepbrother?'])('"%s" hears their own words back, then "Are you OK?" again', async (asked) => {
    chat = await sam();
    await chat.say('i just want to disappear when i get there');
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = await chat.say(asked);
    expect(saidIn(replies)).toMatch(/"i just want to disappear when i get there"/);
    expect(saidIn(replies)).not.toMatch(/carry on/i);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });
});

describe('asked what sounded worrying after a note', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Which thing sounded worrying? Was it my stepbrother?" hears the words back, then the same question', async () => {
    chat = await sam();
    await chat.say('my stepbrother hits me when mum is at work');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yes im safe');
    const question = chat.lastQuestion?.activity.text;
    const replies = await chat.say('Which thing sounded worrying? Was it my stepbrother?');
    expect(saidIn(replies)).toMatch(/"my stepbrother hits me when mum is at work"/);
    expect(saidIn(replies)).not.toMatch(/let's carry on/i);
    expect(chat.lastQuestion?.activity.text).toBe(question);
  });

  it('a guess that tells of harm is heard as harm, not as a question', async () => {
    chat = await sam();
    await chat.say('i just want to disappear when i get there');
    const replies = await chat.say('was it cos my stepbrother hits me? what sounded worrying');
    expect(saidIn(replies)).toMatch(/Childline|0800 1111/);
  });
});
