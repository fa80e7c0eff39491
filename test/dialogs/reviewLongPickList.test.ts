import { afterEach, describe, expect, it } from 'vitest';
import { addAboutMe, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * Sam, 15, at the read-back of a long plan (about 28 parts): "change something" gives a short
 * index of the parts' numbers, and "list all" lists every part, numbered, one line each with at
 * most 8 of its words, under its heading, a few lines a message a phone can read; "17" then picks
 * the seventeenth part, as it is listed.
 */

const HOPES = [
  'be a games designer and make a game that lots of people play on their phones every day',
  'live in a flat with my friend from college near the town centre',
  'play wheelchair basketball for a club on saturdays',
  'go to college to learn computing',
];

const longPlan = (d: Draft): Draft => {
  let next = withConfirmedOutcomes(d, (i) => ({ statement: `By July 2027, I will do step ${i + 1} of my plan on my own every week at college.`, timeframe: { phrase: 'by july', date: '2027-07-20' }, measure: 'my tutor sees it', provision: `help from a tutor for part ${i + 1}` }));
  for (const s of ['I am good at drawing', 'I am kind', 'I make people laugh', 'I am good at maths when it is not timed']) next = addAboutMe(next, 'strengths', s);
  for (const s of ['my cat', 'my gran', 'my games console']) next = addAboutMe(next, 'important', s);
  return next;
};

const SAM = () => samAtReview(10, HOPES.map((text, i) => ({ text, theme: 'learning_and_work' as const, needs: [`reading long instructions is hard for part ${i + 1}`, `i get tired in the afternoon for part ${i + 1}`] })), longPlan);

describe('the list of parts to change, in a long plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change something" then "list all" lists every part, one short numbered line each, a few lines a message', { timeout: 60000 }, async () => {
    ({ chat } = await startWith(SAM()));
    const index = (await chat.say('change something')).map((a) => a.text ?? '');
    expect(index.filter((t) => /^1\. |\n\d{1,2}\. /.test(t))).toHaveLength(0);
    const sent = await chat.say('list all');
    const texts = sent.map((a) => a.text ?? '');
    const lines = texts.flatMap((t) => t.split('\n')).filter((l) => /^\d{1,2}\. /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(25);
    expect(lines.map((l) => Number(l.split('.')[0]))).toEqual(lines.map((_, i) => i + 1));
    // A goal's date follows its words in brackets ("I will ... (July 2027)"), apart from the short words.
    for (const line of lines) expect(line.replace(/^\d{1,2}\. /, '').replace(/\s*\([^)]*\)$/, '').replace(/…/g, '').split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(8);
    for (const text of texts) expect(text.split('\n').length).toBeLessThanOrEqual(13);
    expect(chat.step).toBe('review.change');
    const seventeenth = lines[16]!.replace(/^\d{1,2}\. /, '').replace(/\s*\([^)]*\)$/, '').replace(/^"|"$/g, '').replace(/…$/, '');
    expect((await chat.say('17')).map((a) => a.text ?? '').join('\n')).toContain(seventeenth);
  });
});
