import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** A parent of Tomasz (Year 6) at "What makes this hard?" for his first hope (open, already asked). */
async function atWhatMakesItHard(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    who: 'parent_carer',
    age: 11,
    name: 'Tomasz',
    schoolYear: 6,
    hopes: [{ text: 'to have friends at secondary', theme: 'friends_and_community', needs: [] }],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
  });
  return chat;
}

describe('a button\'s words typed before the answer are not kept with it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['something does, he struggles with reading and with change', 'he struggles with reading and with change'],
    ['Something does - loud places upset him', 'loud places upset him'],
    ['something does. he gets anxious when plans change', 'he gets anxious when plans change'],
  ])('"%s" after "So nothing makes this hard?" keeps only "%s"', async (typed, kept) => {
    chat = await atWhatMakesItHard();
    await chat.say('no');
    expect(chat.lastQuestion?.activity.text).toContain('So nothing makes this hard');
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsHelps);
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs.join(' | ')).not.toMatch(/something does/i);
    expect(needs.join(' ')).toContain(kept.split(' ').slice(-2).join(' '));
  });

  it('"Something does - ..." typed once the question is asked again keeps only the answer', async () => {
    chat = await atWhatMakesItHard();
    await chat.say('no');
    await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('Something does - he gets upset when plans change');
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['he gets upset when plans change']);
  });

  it('"Yes, nothing, he is fine with that" after the check means nothing is hard', async () => {
    chat = await atWhatMakesItHard();
    await chat.say('no');
    const replies = await chat.say('yes nothing, he is fine with that');
    expect(texts(replies)).toContain("That's great to hear");
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"Nothing makes it hard, he copes well" at the question is no need', async () => {
    chat = await atWhatMakesItHard();
    await chat.say('Nothing makes it hard, he copes well');
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('"I\'m not sure, maybe the noise" keeps only the answer', async () => {
    chat = await atWhatMakesItHard();
    await chat.say("I'm not sure, maybe the noise at lunch");
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual(['the noise at lunch']);
  });
});
