import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach, typedTo } from '../support/typedWay';

/*
 * Funmi asks to go back, or to see her draft, in a sentence: "stop please, i think you wrote my question as the
 * answer. can we go back?" goes back (the "stop" only asks the bot to wait), and "NO that is not my answer!! please
 * show my draft i want to see what you wrote" shows the draft; neither is kept as an answer, neither stops the chat.
 */

let chat: Transcript | undefined;
closeAfterEach(() => chat);

const TOBI = { who: 'A parent or carer', name: 'Tobi', age: 'Year 3' } as const;
const codeIn = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);

describe('"stop" with a request to go back goes back', () => {
  it.each([
    'stop please, i think you wrote my question as the answer. can we go back?',
    'stop, go back',
    'stop! that was my question not my answer. take me back',
    'wait stop. you kept my question. go back please',
    'stop. go back one',
  ])('%j asks the question before again, with no code', async (typed) => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    const replies = await chat.say(typed);
    expect(codeIn(replies)).toBeUndefined();
    expect(chat.step).toBe(Step.aboutMeImportant);
  });

  it.each(['stop please, i need to go now', 'stop please. can i go back to it tomorrow'])('leave alone: %j stops with a code', async (typed) => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    expect(codeIn(await chat.say(typed))).toBeTruthy();
  });
});

describe('"show my draft" inside a sentence shows the draft', () => {
  it.each([
    'NO that is not my answer!! please show my draft i want to see what you wrote',
    'please show my draft i want to see what you wrote',
    'show my plan i need to check what you put',
    'show me my answers i want to see it',
    'that is wrong! show my draft i want to see what you wrote',
  ])('%j sends the draft, keeps nothing, and asks the same question again', async (typed) => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    const replies = await chat.say(typed);
    expect(replies.some((r) => r.attachments?.some((a) => a.contentType === 'application/vnd.outcomes.draft+json'))).toBe(true);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/want to see|check what/);
  });

  it('leave alone: "he likes to draw i want to see it in the plan" is an answer', async () => {
    chat = await typedTo(Step.aboutMeSupport, TOBI);
    const replies = await chat.say('he likes to draw and people should let him draw');
    expect(replies.some((r) => r.attachments?.some((a) => a.contentType === 'application/vnd.outcomes.draft+json'))).toBe(false);
  });
});
