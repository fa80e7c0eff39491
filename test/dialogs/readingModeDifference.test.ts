import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * "what's the difference" at the first question (standard words or easy read) is answered kindly,
 * however it is typed, and the question is asked again; it is never a miss that picks for them.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('asking the difference at the reading-mode question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["what's the difference", 'whats the diffrence between them', 'what is the difference between standard and easy read', 'which one is easier'])('"%s" is answered and the question asked again', async (asked) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    const replies = await chat.say(asked);
    expect(texts(replies)).toContain('Easy read uses short sentences');
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });

  // A question about the two ways to write, in any grammar, names both and picks neither.
  it.each([
    "um what's the difference between standard and easy read? not sure",
    'Can you tell me the difference between standard and easy read?',
    'how is easy read different from standard?',
    'what is easy read?',
    'whats standard words mean',
  ])('"%s" is explained, nothing is picked, and the question is asked again', async (asked) => {
    chat = await Transcript.start({ today: '2026-03-10' });
    const replies = await chat.say(asked);
    expect(texts(replies)).toContain('Easy read uses short sentences');
    expect(texts(replies)).not.toMatch(/didn't catch that|I'll use/);
    expect(chat.step).toBe(Step.welcomeReadingMode);
  });

  it('asked twice, it is answered twice and nothing is picked for them; then their choice is kept', async () => {
    chat = await Transcript.start({ today: '2026-03-10' });
    await chat.join();
    await chat.say("what's the difference");
    const again = await chat.say('whats the diffrence between them');
    expect(texts(again)).not.toContain("I'll use standard words for now");
    expect(chat.step).toBe(Step.welcomeReadingMode);
    await chat.say('easy read');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect(chat.lastQuestion!.mode).toBe('easy_read');
  });
});
