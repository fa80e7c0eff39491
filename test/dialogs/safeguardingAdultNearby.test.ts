import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Person } from '../support/typedWay';

/*
 * An adult (18 or more) telling of harm by people around them hears a short answer for an adult:
 * the people near them first (their tutor or the college's safeguarding lead, or someone they
 * trust), the police on 101 when it is not an emergency and 999 in danger, then the lines, with a
 * text line before any phone line when they said phone calls are hard. Childline is still named,
 * saying who it is for.
 */

const EASY_READ_MAX_WORDS = 15;
const TOLD = 'my mates take my money for protection. they say ill get hurt if i dont';

/** A 19-year-old at college who said earlier that phone calls are hard, at "do you have another hope?". */
const danAtHopes = (person: Partial<Person> = {}, support = 'i cant do phone calls. im dyslexic so short messages please'): Promise<Transcript> =>
  typedTo(Step.hopesMore, { name: 'Dan', age: '19, at college', ...person }, {
    [Step.aboutMeStrengths]: 'im good with cars',
    [Step.aboutMeImportant]: 'my nan and my car',
    [Step.aboutMeSupport]: support,
    [Step.hopesDream]: 'be a mechanic',
  });

const sentences = (text: string) => text.split(/(?<=[.?!:])\s+|\n/).map((s) => s.trim()).filter(Boolean);

describe('an adult told of harm by people around him', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 19-year-old who cannot do phone calls hears people near him first, the police on 101, a text line before phone lines, and a flag', async () => {
    chat = await danAtHopes();
    const replies = saidIn(await chat.say(TOLD));
    expect((await chat.draft())?.flags).toEqual([expect.objectContaining({ kind: 'safeguarding', category: 'exploitation', step: Step.hopesMore })]);
    expect(chat.step).toBe(Step.safeguardingCheck);
    // People near him first.
    expect(replies).toMatch(/tutor/);
    expect(replies.search(/tutor/)).toBeLessThan(replies.search(/0800 1111|85258|116 123|\b101\b/));
    // The police when it is not an emergency, and 999 in danger.
    expect(replies).toMatch(/\b101\b/);
    expect(replies).toMatch(/999/);
    // Texting comes before any line to phone.
    expect(replies.indexOf('85258')).toBeLessThan(replies.search(/116 123|0800 1111|call 101|on 101/));
    // Childline still named, for someone they know (it is for under-19s).
    expect(replies).toMatch(/Childline, if you know someone under 19/);
    // Short: fewer messages than the nine lines of before, and no line only for mental health.
    expect(replies.split('\n').length).toBeLessThanOrEqual(6);
    expect(replies).not.toMatch(/option 2/);
  });

  it('in easy read, every sentence has at most 15 words and the same help is named', async () => {
    chat = await danAtHopes({ mode: 'Easy read' });
    const replies = saidIn(await chat.say(TOLD));
    expect((await chat.draft())?.flags).toHaveLength(1);
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect(replies).toMatch(/tutor/);
    expect(replies).toMatch(/\b101\b/);
    expect(replies).toMatch(/0800 1111/);
    expect(replies).toMatch(/999/);
    expect(replies.indexOf('85258')).toBeLessThan(replies.search(/0800 1111|on 101|call 101/));
    expect(replies.split('\n').length).toBeLessThanOrEqual(6);
  });

  it('a 19-year-old who said nothing about phones still hears people near him first and the police on 101', async () => {
    chat = await danAtHopes({}, 'give me time to answer');
    const replies = saidIn(await chat.say(TOLD));
    expect(replies.search(/tutor/)).toBeLessThan(replies.search(/0800 1111|85258|116 123|\b101\b/));
    expect(replies).toMatch(/\b101\b/);
    expect(replies).toMatch(/85258/);
    expect(replies).toMatch(/Childline, if you know someone under 19/);
  });

  it('a 20-year-old not at college is pointed to someone he trusts, not a tutor', async () => {
    chat = await danAtHopes({ age: '20, i left school' });
    const replies = saidIn(await chat.say(TOLD));
    expect(replies).toMatch(/someone .*trust/);
    expect(replies).not.toMatch(/tutor|college/);
    expect(replies).toMatch(/\b101\b/);
  });

  it('leave alone: a 15-year-old telling the same still hears Childline first, for them', async () => {
    chat = await danAtHopes({ age: '15' });
    const replies = saidIn(await chat.say(TOLD));
    expect(replies).toMatch(/Childline: call 0800 1111/);
    expect(replies).not.toMatch(/Childline is for anyone under 19/);
  });
});
