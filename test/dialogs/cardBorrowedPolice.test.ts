import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * After the answer to a "best mate" who borrows his bank card, Jordan (22) stands up for his friend and asks
 * why the police: "why would i call the police dale hasnt done anything". The question is answered (nobody
 * says he must call the police; they are for danger; a friend can still take too much; this is about his
 * money) and the note stays. Nothing of it is kept as plan content.
 */

const std = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const DALE = 'i live in leeds in my flat. i want to do my own money. dale borrows my bank card sometimes and then the money goes. hes my best mate he says he will pay it back';

describe('"why would i call the police" after a worry about his card', () => {
  it.each([
    'yes im safe. why would i call the police dale hasnt done anything. hes my best mate',
    'dale isnt a criminal',
    'i dont want dale in trouble',
    'are you saying dale is bad',
    'he hasnt done nothing wrong hes my mate',
    'why wud i ring the police on my mate',
  ])('"%s" is answered, and the note stays', async (text) => {
    ({ chat } = await startWith({ today: '2026-12-07', name: 'Jordan', age: 22, hopes: [{ text: 'to work in a bike shop', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }) }));
    await chat.say(DALE);
    const reply = saidIn(await chat.say(text));
    expect(reply).toContain(std('safeguarding:cardHeld.friendDefended'));
    const draft = await chat.draft();
    expect(draft?.flags.map((f) => f.category)).toEqual(['exploitation']);
    expect(JSON.stringify([draft?.aspirations, draft?.needs])).not.toMatch(/police|dale|criminal/i);
  });
});
