import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { asksToChangeLastAnswer } from '../../src/language/lastAnswerChange';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* Sam, 14, said what helps, then says in their own words that the answer was wrong or wants to change it. */

const GRADES: SeedHope = { text: 'get good grades at school', theme: 'learning_and_work', needs: ['i find english hard'] };
const atHelps = () =>
  startWith({ today: '2026-12-02', name: 'Sam', age: 14, schoolYear: 9, hopes: [GRADES], at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }) });

const ASKS = [
  'i answered the last one wrong',
  'wait that last answer was wrong',
  'can i change what i just said',
  'my last answer was wrong',
  'I want to change my last answer please',
  'oops i put the last one wrong',
  'Can I redo my last answer?',
];

describe('"i answered the last one wrong" goes back with their answer shown', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(ASKS)('"%s" asks what helps again, shows "my tutor", and the new answer replaces it', async (words) => {
    ({ chat } = await atHelps());
    await chat.say('my tutor');
    expect(chat.step).toBe(Step.needsMore);
    const reply = saidIn(await chat.say(words));
    expect(chat.step).toBe(Step.needsHelps);
    expect(reply).toMatch(/"my tutor"/);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['i find english hard']);
    await chat.say('my mum reads with me');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['my mum reads with me']);
  });

  it('plain "back" still goes back without the quote', async () => {
    ({ chat } = await atHelps());
    await chat.say('my tutor');
    const reply = saidIn(await chat.say('back'));
    expect(chat.step).toBe(Step.needsHelps);
    expect(reply).not.toMatch(/"my tutor"/);
  });

  it.each([
    'i got the last question wrong in my maths test',
    'i want to change what i eat',
    'i want to change my school',
    'my last school was wrong for me',
    'the last bus is wrong',
  ])('"%s" is an answer, never a request to change the last one', (words) => {
    expect(asksToChangeLastAnswer(words)).toBe(false);
  });
});
