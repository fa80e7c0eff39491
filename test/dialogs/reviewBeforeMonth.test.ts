import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

type CardElement = { type: string; text?: string; items?: CardElement[]; facts?: { title: string; value: string }[] };
const cardTexts = (elements: readonly CardElement[]): string[] =>
  elements.flatMap((e) => [...(e.text ? [e.text] : []), ...(e.facts ?? []).map((f) => f.value), ...cardTexts(e.items ?? [])]);

describe('"before July" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads as they said it, with its year, and never as the day before', async () => {
    const hope = { text: 'swim a length', theme: 'health_and_wellbeing' as const, needs: ['i get scared in deep water'] };
    ({ chat } = await startWith(samAtReview(9, [hope], (d) => withConfirmedOutcomes(d, () => ({ statement: 'Before July 2025, I will swim a length on my own.', timeframe: { phrase: 'before july', date: '2025-06-30' }, measure: 'my coach sees me' })))));
    await chat.say('outcomes');
    const everything = chat.all.flatMap((a) => (a.attachments ?? []).flatMap((at) => cardTexts(((at.content as { body?: CardElement[] })?.body ?? []))));
    expect(everything).toContain('Before July 2025');
    expect(everything.join(' ')).not.toContain('30 June');
  });
});
