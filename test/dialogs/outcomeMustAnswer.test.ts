import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * "do i have to answer" and "can I skip this" at an outcome question are questions to the bot: it
 * says no question has to be answered and how to move on, and keeps none of the words.
 */
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');
const start = () =>
  startWith({ today: '2026-12-02', name: 'Kai', age: 13, schoolYear: 8, hopes: [{ text: 'cook tea for my family', theme: 'independent_living', needs: ['I get scared of the hob'] }] });

/** The answers that reach each outcome question. */
const TO: Partial<Record<StepId, string[]>> = {
  [Step.outcomeStep]: [],
  [Step.outcomeWhen]: ['i will make beans on toast on my own'],
  [Step.outcomeMeasure]: ['i will make beans on toast on my own', 'by next summer'],
  [Step.outcomeDoesForMe]: ['i will make beans on toast on my own', 'by next summer', 'my mum will eat it'],
};

describe('asking whether an outcome question must be answered', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.outcomeStep, 'do I really need to say?'],
    [Step.outcomeWhen, 'is this question optional'],
    [Step.outcomeMeasure, 'what if i dont want to answer'],
    [Step.outcomeDoesForMe, 'must i answer this'],
  ] as const)('at %s, "%s" is answered, never kept, and the question stays open', async (step, typed) => {
    ({ chat } = await start());
    for (const answer of TO[step] ?? []) await chat.say(answer);
    expect(chat.step).toBe(step);
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(/don't have to answer/);
    expect(texts(replies)).toMatch(/"skip"/);
    expect(chat.step).toBe(step);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/optional|need to say|want to answer|must i/i);
  });

  it('"could I skip this question?" is answered yes, and the question is skipped', async () => {
    ({ chat } = await start());
    for (const answer of TO[Step.outcomeMeasure]!) await chat.say(answer);
    const replies = await chat.say('could I skip this question?');
    expect(texts(replies)).toMatch(/you can skip/i);
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBeUndefined();
  });
});
