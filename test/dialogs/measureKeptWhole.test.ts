import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * How everyone will know is often two sentences, and names who writes it down ("Jo will write down
 * how long he sits ..."). It is kept whole: "how long he sits" is never a question about the chat,
 * and new words for it are never taken as the outcome's sentence.
 */

const SCHOOL: SeedHope = { text: 'I really hope he can go to the mainstream school with his friends', theme: 'learning_and_work', needs: ['He can only sit at carpet time for a minute or two'] };
const ALFIE = { name: 'Alfie', age: 4, schoolYear: -1 };
const STEP = 'Alfie will sit with the other children at carpet time for a story for 5 minutes';

async function toMeasure(chat: Transcript): Promise<void> {
  await chat.say(STEP);
  if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
  expect(chat.step).toBe(Step.outcomeMeasure);
}

async function onToReadBack(chat: Transcript): Promise<void> {
  if (chat.step === Step.outcomeDoesForMe) await chat.say("He'd feel part of the group instead of always on the edge");
  if (chat.step === Step.outcomeMakesPossible) await chat.say('Going to St Mary\'s with his friends and joining in at school properly');
  if (chat.step === Step.outcomeProvides) await chat.say('An adult sitting next to him and his ear defenders if it is noisy');
  expect(chat.step).toBe(Step.outcomeConfirm);
}

const measureOf = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.measure ?? '';
const statementOf = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.statement;

describe('how everyone will know, kept whole', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Jo at nursery could keep a note of how long he sits ..." at the measure question is kept with its middle', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [SCHOOL])));
    await toMeasure(chat);
    await chat.say('Jo at nursery could keep a note of how long he sits for at story time, she already writes in his little book. If he\'s sitting for 5 minutes most days with her next to him that would be brilliant');
    const measure = await measureOf(chat);
    expect(measure).toContain('how long he sits for at story time');
    expect(measure).toContain('5 minutes most days');
  });

  it('two sentences typed as the new measure at the read-back are both kept', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [SCHOOL])));
    await toMeasure(chat);
    await chat.say('Jo will see him sit for 5 minutes');
    await onToReadBack(chat);
    await chat.say('Can I change the how everyone will know part please');
    await chat.say('Jo will write down how long he sits at story time in his book. He will sit for 5 minutes on most days');
    const measure = await measureOf(chat);
    expect(measure).toContain('Jo will write down how long he sits at story time in his book');
    expect(measure).toContain('He will sit for 5 minutes on most days');
    expect(await statementOf(chat)).toContain('carpet time for a story for 5 minutes');
  });

  it('"No that\'s lost the middle bit. It should say Jo will write down ..." changes the measure, never the sentence', async () => {
    ({ chat } = await startWith(parentSeed(ALFIE, [SCHOOL])));
    await toMeasure(chat);
    await chat.say('he will sit for 5 minutes on most days');
    await onToReadBack(chat);
    const before = await statementOf(chat);
    await chat.say("No that's lost the middle bit. It should say Jo will write down how long he sits at story time in his book, and he will sit for 5 minutes on most days");
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await measureOf(chat)).toContain('Jo will write down how long he sits at story time in his book, and he will sit for 5 minutes on most days');
    expect(await statementOf(chat)).toBe(before);
  });
});
