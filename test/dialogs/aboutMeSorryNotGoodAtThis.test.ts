import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * At the "about me" questions, "sorry i dont know" or "sorry im not good at this" is "I don't know":
 * met kindly, nothing kept, and moved on when said again. An answer with an apology is still an answer.
 */

const aboutMe = (step: string) => ({ [Step.aboutMeStrengths]: 'strengths', [Step.aboutMeImportant]: 'important', [Step.aboutMeSupport]: 'support' }) as Record<string, 'strengths' | 'important' | 'support'>;

describe('an apology or "not good at this" at the about me questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.aboutMeStrengths, 'sorry i dont know'],
    [Step.aboutMeStrengths, 'sorry im not good at this'],
    [Step.aboutMeStrengths, 'im not sure sorry'],
    [Step.aboutMeStrengths, 'sorry im rubbish at this'],
    [Step.aboutMeStrengths, 'soz idk'],
    [Step.aboutMeStrengths, 'im not good at anything'],
    [Step.aboutMeImportant, 'sorry im not good at this'],
    [Step.aboutMeSupport, 'im bad at this sorry'],
  ])('at %s "%s" keeps nothing, is met kindly, and a second time moves on', async (step, typed) => {
    chat = await typedTo(step, { name: 'Leo' }, {}, { today: '2026-12-07' });
    const section = aboutMe(step)[step]!;
    const before = (await chat.draft())!.aboutMe[section].length;
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/lovely to hear|Thank you/);
    expect(chat.step).toBe(step);
    expect((await chat.draft())!.aboutMe[section]).toHaveLength(before);
    await chat.say(typed);
    if (chat.step === step) await chat.say(typed);
    expect(chat.step).not.toBe(step);
    expect((await chat.draft())!.aboutMe[section]).toHaveLength(before);
  });

  it.each([
    [Step.aboutMeStrengths, 'im not good at maths but im good at art'],
    [Step.aboutMeStrengths, 'im good at drawing'],
    [Step.aboutMeSupport, 'give me time, im not good at this'],
  ])('at %s "%s" is kept as the answer', async (step, typed) => {
    chat = await typedTo(step, { name: 'Leo' }, {}, { today: '2026-12-07' });
    await chat.say(typed);
    expect(chat.step).not.toBe(step);
    expect((await chat.draft())!.aboutMe[aboutMe(step)[step]!].at(-1)).toContain(typed.split(',')[0]!.slice(0, 10));
  });
});
