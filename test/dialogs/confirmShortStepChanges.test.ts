import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A young person (14) kept "by this week" as a short step, then changed the outcome at its
 * read-back. A change replaces the sentence's words once: its date leads it once, never twice,
 * and never in brackets inside the sentence.
 */

const FRIENDS: SeedHope = { text: 'I want more friends', theme: 'friends_and_community', needs: ['I get nervous at lunch'] };

async function atReadBack(chat: Transcript): Promise<void> {
  await typeUntil(chat, Step.outcomeConfirm, {
    [Step.outcomeStep]: 'go to the lunch club',
    [Step.outcomeWhen]: ['by this week', 'keep it as a short step'],
    [Step.outcomeMeasure]: 'my teacher sees me there',
    [Step.outcomeDoesForMe]: 'I would feel happy',
    [Step.outcomeMakesPossible]: 'I could make friends',
    [Step.outcomeProvides]: 'a buddy',
  });
}

/** The outcome sentence read back in quote marks. */
function readBack(replies: { text?: string }[]): string {
  const said = saidIn(replies);
  return /Here is your outcome: "([^"]+)"/.exec(said)?.[1] ?? said;
}

/** The sentence holds one time: one lead, no brackets after it, no second time word. */
function expectOneTime(sentence: string): void {
  const [lead = '', ...rest] = sentence.split(', ');
  const body = rest.join(', ');
  expect(lead).toMatch(/^(?:by|in|this)\b/i);
  expect(body).not.toMatch(/[()]/);
  expect(body).not.toMatch(/\b(?:by|this)\s+(?:week|easter|december|march)\b|\bI will\b.*\bI will\b/i);
}

describe('changes typed at the read-back of a short step', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"change it to by easter", then "no make it go to lunch club 3 times a week": one date, the new words', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    await atReadBack(chat);
    const dated = readBack(await chat.say('change it to by easter'));
    expect(dated).toMatch(/^By Easter \(March 2027\), I will go to the lunch club\.$/);
    const worded = readBack(await chat.say('no make it go to lunch club 3 times a week'));
    expect(worded).toBe('By Easter (March 2027), I will go to lunch club 3 times a week.');
    expectOneTime(worded);
    await chat.say('yes');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(worded);
    expect(outcome.timeframe?.phrase).toMatch(/easter/i);
  });

  it('"change it to go to lunch club 3 times a week by easter": the new time leads, once', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    await atReadBack(chat);
    const worded = readBack(await chat.say('change it to go to lunch club 3 times a week by easter'));
    expect(worded).toBe('By Easter (March 2027), I will go to lunch club 3 times a week.');
    expectOneTime(worded);
  });

  it('"no i want it to say go to lunch club this week": "this week" is said once', async () => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    await atReadBack(chat);
    const worded = readBack(await chat.say('no i want it to say go to lunch club this week'));
    expect(worded).toMatch(/I will go to lunch club\.$/);
    expect(worded.match(/week/gi)).toHaveLength(1);
    expectOneTime(worded);
  });
});
