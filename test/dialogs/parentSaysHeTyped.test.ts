import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Gemma says "im his mum, hes 4": from then on the bot says "him" for Alfie, never "them", when it
 * asks how people can support him. A parent who never said he or she still hears "them".
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const ABOUT_ME = { [Step.aboutMeStrengths]: 'hes so cheeky and loving', [Step.aboutMeImportant]: 'his big sister and peppa pig' };

describe('the pronoun a parent used', () => {
  it('"im his mum, hes 4": "What works well for him?"', async () => {
    chat = await typedTo(Step.aboutMeImportant, { name: 'Alfie', age: '4' }, { [Step.welcomeWho]: 'im his mum, hes 4', [Step.welcomeAge]: ['4', 'nursery'], ...ABOUT_ME });
    expect((await chat.draft())?.youngPerson.pronoun).toBe('he');
    const replies = saidIn(await chat.say('his big sister and peppa pig'));
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect(replies).toMatch(/What works well for him\?/);
    expect(replies).not.toMatch(/for them\b|\{\{them\}\}/);
  });

  it('leave alone: a parent who said no pronoun hears "What works well for them?"', async () => {
    chat = await typedTo(Step.aboutMeImportant, { who: 'A parent or carer', name: 'Alfie', age: '4' }, { [Step.welcomeAge]: ['4', 'nursery'], ...ABOUT_ME, [Step.aboutMeStrengths]: 'so cheeky and loving' });
    const replies = saidIn(await chat.say('big sister and peppa pig'));
    expect(replies).toMatch(/What works well for them\?/);
  });

  it('a parent who writes "his" in an answer is heard: "What works well for him?"', async () => {
    chat = await typedTo(Step.aboutMeImportant, { who: 'A parent or carer', name: 'Alfie', age: '4' }, { [Step.welcomeAge]: ['4', 'nursery'], ...ABOUT_ME });
    const replies = saidIn(await chat.say('his big sister and peppa pig'));
    expect(replies).toMatch(/What works well for him\?/);
  });
});
