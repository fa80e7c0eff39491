import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Denise, answering for her son Harley (17), typed at the safety question "Yes he's safe at home.
 * What's that got to do with anything? Is this where you decide I'm a bad mum?" and got the whole
 * crisis answer and a note. A yes with a question about why we ask is a yes: no note, her question
 * answered in one line, and on. A yes beside a disclosure still gets the answer.
 */

const DENISE = { who: 'A parent or carer', name: 'Harley', age: '17' } as const;

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a parent asks why at the safety question', () => {
  it.each([
    "Yes he's safe at home. What's that got to do with anything? Is this where you decide I'm a bad mum?",
    'YES WE ARE SAFE.',
    'yes he is safe. why are you asking me that?',
  ])('%j: a yes, no note, on to the hopes', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, DENISE);
    const replies = saidIn(await chat.say(typed));
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('her question is answered in one line: everyone is asked, it is not a judgement', async () => {
    chat = await typedTo(Step.aboutMeSafe, DENISE);
    const replies = saidIn(await chat.say("Yes he's safe at home. What's that got to do with anything? Is this where you decide I'm a bad mum?"));
    expect(replies).toMatch(/ask everyone/i);
    expect(replies).toMatch(/not a judgement/i);
  });

  it.each([
    "yes he's safe at home but his dad hits him when he visits",
    'not safe, his stepdad scares him',
    "Yes he's safe at home. What's that got to do with anything? His dad hits him when he visits",
  ])('%j: still the safety answer and a note', async (typed) => {
    chat = await typedTo(Step.aboutMeSafe, DENISE);
    const replies = saidIn(await chat.say(typed));
    const flagged = ((await chat.draft())?.flags ?? []).length > 0;
    expect(flagged || CRISIS.test(replies)).toBe(true);
    expect(chat.step).not.toBe(Step.hopesDream);
  });
});
