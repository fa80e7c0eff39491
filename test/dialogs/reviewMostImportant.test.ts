import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { Step } from '../../dialogs/ids';
import { renderHtml } from '../../src/export';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';
import { changeableItems } from '../../dialogs/reviewItems';

/*
 * At the read-back a young person can say which hope matters most. It is kept as a priority on
 * that hope and shown first: in the chat's card, in the draft and in the exports.
 */

const words = createWords();
type CardElement = { text?: string; items?: CardElement[] };
const cardTexts = (elements: readonly CardElement[]): string[] => elements.flatMap((e) => [...(e.text ? [e.text] : []), ...cardTexts(e.items ?? [])]);
const shownIn = (activities: readonly Partial<Activity>[]): string[] =>
  activities.flatMap((a) => (a.attachments ?? []).flatMap((at) => cardTexts((at.content as { body?: CardElement[] })?.body ?? [])));

describe('the hope that matters most', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the most important one is getting a job" puts that hope first, marked, in the card, the draft and the export', async () => {
    ({ chat } = await startWith(danAtReview()));
    const replies = await chat.say('the most important one is getting a job');
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain('"get a job with money" matters most');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => [a.text, a.priority])).toEqual([
      ['get a job with money', 1],
      ['live in a flat with sam', undefined],
    ]);
    const hopes = shownIn(await chat.say('show me my hopes'));
    expect(hopes.slice(hopes.indexOf('• get a job with money'), hopes.indexOf('• get a job with money') + 2)).toEqual(['• get a job with money', 'This matters most']);
    expect(hopes.indexOf('• get a job with money')).toBeLessThan(hopes.indexOf('• live in a flat with sam'));
    const html = renderHtml(draft, { mode: 'standard', words });
    expect(html.indexOf('get a job with money (matters most)')).toBeGreaterThan(0);
    expect(html.indexOf('get a job with money (matters most)')).toBeLessThan(html.indexOf('live in a flat with sam'));
  });

  it('saying another one later moves the mark: only one hope matters most', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('the most important one is getting a job');
    await chat.say('actually the flat with sam matters most to me');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => [a.text, a.priority])).toEqual([
      ['live in a flat with sam', 1],
      ['get a job with money', undefined],
    ]);
  });

  it('leaves "the job is important to me" alone: nothing is ranked', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('the job is important to me');
    expect((await chat.draft())!.aspirations.every((a) => a.priority === undefined)).toBe(true);
  });
});

describe('the hope that matters most, said by its number in the list', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the most important is number N" marks the hope shown as number N', async () => {
    let seeded;
    ({ chat, seeded } = await startWith(danAtReview()));
    const n = changeableItems(seeded).findIndex((i) => i.text === 'live in a flat with sam') + 1;
    const replies = await chat.say(`the most important is number ${n}`);
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain('"live in a flat with sam" matters most');
    expect((await chat.draft())!.aspirations.find((a) => a.text === 'live in a flat with sam')?.priority).toBe(1);
  });

  it('a number that is not a hope is said back and asked about, nothing marked', async () => {
    let seeded;
    ({ chat, seeded } = await startWith(danAtReview()));
    const items = changeableItems(seeded);
    const n = items.findIndex((i) => !seeded.aspirations.some((a) => a.id === i.id)) + 1;
    const replies = await chat.say(`hope ${n} is the most important`);
    expect(replies.map((r) => r.text ?? '').join('\n')).toMatch(new RegExp(`Number ${n} is .*not one of your hopes`));
    expect((await chat.draft())!.aspirations.every((a) => a.priority === undefined)).toBe(true);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
