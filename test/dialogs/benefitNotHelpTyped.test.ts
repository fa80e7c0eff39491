import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * A dad, at "What would it do for Rosie?", typed "less frustration, less biting probably" and was told
 * it was kept as help Rosie might need. At "What help would Rosie need?" he typed "no nappies at school
 * so she can go to the same school", kept as help too. Both say what it would bring, never help.
 */

const TOILET: SeedHope = { text: 'go to the same school as her brother', theme: 'learning_and_work', needs: ['she is still in nappies'] };

async function at(step: string): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Rosie', age: 4, schoolYear: 0 }, [TOILET], { at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) }));
  await chat.say('use the toilet at school on her own by july 2027');
  for (let i = 0; i < 8 && chat.step !== step; i++) {
    await chat.say(chat.step === Step.outcomeWhen ? 'july 2027' : chat.step === Step.outcomeMeasure ? 'her teacher sees her go on her own every day' : chat.step === Step.outcomeMakesPossible ? 'she could go to big school with her brother' : chat.step === Step.outcomeDoesForMe ? 'she would feel proud' : 'a TA to help with toileting');
  }
  expect(chat.step).toBe(step);
  return chat;
}

const outcome = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!;

describe('what it would bring is never kept as help', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['less frustration, less biting probably', 'fewer meltdowns and less hitting', 'less biting'])('"%s" at what it would do for Rosie is what it does for her', async (text) => {
    chat = await at(Step.outcomeDoesForMe);
    const said = saidIn(await chat.say(text));
    expect(said).not.toMatch(/as help/);
    const kept = await outcome(chat);
    expect(kept.provision).toEqual([]);
    expect(kept.doesForMe).toMatch(/less|fewer/);
  });

  it.each(['no nappies at school so she can go to the same school', "she'd be able to go to the same school as her brother", 'less crisps'])('"%s" at what help would Rosie need is not help, and the help is asked for again', async (text) => {
    chat = await at(Step.outcomeProvides);
    const said = saidIn(await chat.say(text));
    expect(said).toMatch(/what it would bring|make possible/);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await outcome(chat)).provision).toEqual([]);
    await chat.say('a TA to help with toileting');
    expect((await outcome(chat)).provision.map((p) => p.text).join(' ')).toMatch(/TA/);
  });

  it.each(['less homework', 'smaller groups', 'fewer people in the room'])('"%s" at the help question is help', async (text) => {
    chat = await at(Step.outcomeProvides);
    await chat.say(text);
    expect((await outcome(chat)).provision.map((p) => p.text.toLowerCase()).join(' ')).toContain(text.split(' ')[0]!);
  });
});
