import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { boredIsTheAnswer } from '../../src/language/boredAtNeeds';
import { helpListOnly } from '../../src/language/helpList';
import { startWith } from './journeySeed';

/*
 * At "what makes this hard?", "im bored" is what makes school hard: kept as the need. At other
 * questions, and said about the chat ("this is boring", "im bored now"), it is talk about the chat.
 */

async function at(step: StepId): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    name: 'Leo',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'do well at school', theme: 'learning_and_work', needs: [] }],
    at: (d) => (step === Step.aboutMeSupport ? { stage: 'aboutMe', step } : { stage: 'needs', step, topic: d.aspirations[0]!.id }),
  });
  return chat;
}

const needs = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => n.text);

describe('bored, at the needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['im bored', 'bored', 'so boring', 'i get bored in lessons', 'boring lessons'])('%j at "what makes this hard?" is kept as the need', async (typed) => {
    chat = await at(Step.needsBarrier);
    await chat.say(typed);
    expect(await needs(chat)).toEqual([typed]);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it.each(['this is boring', 'im bored now', 'these questions are boring'])('%j at "what makes this hard?" is talk about the chat', async (typed) => {
    chat = await at(Step.needsBarrier);
    await chat.say(typed);
    expect(await needs(chat)).toEqual([]);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it.each([Step.needsHelps, Step.aboutMeSupport])('"im bored" at %s is talk about the chat', async (step) => {
    chat = await at(step);
    await chat.say('im bored');
    expect(chat.step).toBe(step);
    const draft = (await chat.draft())!;
    expect(JSON.stringify([draft.needs, draft.aboutMe])).not.toMatch(/bored/);
  });
});

describe('the readers', () => {
  it.each(['im bored', 'bored', 'so boring', 'i get bored in lessons', 'im really bored in class'])('%j is being bored, on its own', (typed) => expect(boredIsTheAnswer(typed)).toBe(true));
  it.each(['this is boring', 'im bored now', 'these questions are boring', 'boring can we stop', 'bored of this'])('%j is about the chat', (typed) => expect(boredIsTheAnswer(typed)).toBe(false));
  it('"i get bored in lessons" is not help; "extra time in lessons" is', () => {
    expect(helpListOnly('i get bored in lessons')).toBeNull();
    expect(helpListOnly('a TA, extra time and a laptop')).not.toBeNull();
  });
});
