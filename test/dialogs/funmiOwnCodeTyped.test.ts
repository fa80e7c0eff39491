import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { outcomesOf, type Transcript } from '../support/transcript';
import { closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * Funmi is given a code when the chat stops, and mid-chat types "i mean wait. i have a code XN3-VW7-2XT". A code
 * said with a pause before it is read as a code, never kept as an answer; this chat's own code says the chat is
 * already open and asks the open question again.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
closeAfterEach(() => chat);

const TOBI = { who: 'A parent or carer', name: 'Tobi', age: 'Year 3' } as const;

async function stoppedWithCode(): Promise<{ c: Transcript; code: string }> {
  chat = await typedTo(Step.aboutMeImportant, TOBI);
  const stopped = await chat.say('stop');
  const code = stopped.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);
  expect(code).toBeTruthy();
  return { c: chat, code: code! };
}

describe("this chat's own code typed in it", () => {
  it.each([
    (code: string) => `i mean wait. i have a code ${code}`,
    (code: string) => `wait i have a code ${code.toLowerCase().replace(/-/g, ' ')}`,
    (code: string) => `sorry, i already have a code: ${code}`,
    (code: string) => `oh hang on i got a code ${code}`,
    (code: string) => `${code}`,
  ])('%#: says the chat is already open, asks the open question again, keeps the code nowhere', async (typing) => {
    const { c, code } = await stoppedWithCode();
    await c.say('hello');
    const step = c.step;
    const said = saidIn(await c.say(typing(code)));
    expect(said).toContain(standard('welcome:resume.alreadyOpen'));
    expect(c.step).toBe(step);
    expect(JSON.stringify(await c.draft())).not.toMatch(new RegExp(code.replace(/-/g, '.?'), 'i'));
  });
});

describe('a code of another chat, or none', () => {
  it('"i mean wait. i have a code XN3-VW7-2XT" matching no chat is asked about at the code question, never kept', async () => {
    chat = await typedTo(Step.aboutMeImportant, TOBI);
    await chat.say('i mean wait. i have a code XN3-VW7-2XT');
    expect(chat.step).toBe(Step.welcomeResumeCode);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/XN3/i);
  });

  it('leave alone: "i mean she likes ABC club" is an answer', async () => {
    chat = await typedTo(Step.aboutMeImportant, TOBI);
    await chat.say('i mean she likes ABC club');
    expect(JSON.stringify((await chat.draft())!.aboutMe.important)).toMatch(/ABC club/);
  });
});
