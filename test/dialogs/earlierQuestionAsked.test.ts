import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { earlierQuestionAsked } from '../../src/language/earlierQuestion';
import { throughWelcome } from './throughWelcome';

/*
 * At "do you feel safe?", a young person asks for an earlier "about me" question back: "sorry what
 * was the question about strengths, i said no thats it by mistake". That is no new answer and no
 * "not always": the question they name is asked again, and what they said before is kept.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function atSafe(): Promise<Transcript> {
  const chat = await throughWelcome();
  await chat.say('fixing bikes, im good with my hands');
  await chat.say('My cat');
  await chat.say('Give me time to answer');
  expect(chat.step).toBe(Step.aboutMeSafe);
  return chat;
}

describe('asking for an earlier question back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['sorry what was the question about strengths, i said no thats it by mistake', Step.aboutMeStrengths],
    ['no. delete that. go back to the help question', Step.aboutMeSupport],
  ])('"%s" asks that question again and keeps every answer', async (typed, step) => {
    chat = await atSafe();
    const reply = said(await chat.say(typed));
    expect(reply).not.toMatch(/I've changed|0800 1111/);
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(JSON.stringify(draft.aboutMe)).toMatch(/fixing bikes/);
    expect(JSON.stringify(draft.aboutMe)).toMatch(/Give me time/);
    expect(JSON.stringify(Object.values(draft.aboutMe))).not.toMatch(/question|strengths/);
    expect(draft.flags).toEqual([]);
  });
});

describe('the reader', () => {
  it.each([
    ['sorry what was the question about strengths, i said no thats it by mistake', 'strengths'],
    ['no. delete that. go back to the help question', 'help'],
    ['can you ask the strengths question again', 'strengths'],
    ['go back to the question about what is important', 'what is important'],
  ])('%j names %j', (typed, words) => expect(earlierQuestionAsked(typed)).toBe(words));
  it.each(['go back', 'what was the question', 'i need help with my strengths', 'back to school is hard', 'my question is about football', 'no. they do the nasty bit', 'i like it when we do the fun one'])(
    'leaves %j alone',
    (typed) => expect(earlierQuestionAsked(typed)).toBeNull(),
  );
});
