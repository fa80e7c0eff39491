import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith, type SeedHope } from './journeySeed';

/*
 * Jade, 24, often sends one answer as two messages: "go to the shops on my own maybe", then "like
 * without dad". The second lands after the bot asked the next question. A piece with no verb of
 * its own, or more of the help just said, finishes the answer before; it is never the answer to
 * the question open now. Real answers that start the same way are left alone.
 */

const TODAY = '2026-12-02';
const SHOP: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] };
const atHopes = () => startWith({ today: TODAY, name: 'Jade', age: 24, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) });
const atNeeds = () => startWith({ today: TODAY, name: 'Jade', age: 24, hopes: [SHOP], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) });
const hopes = async (chat: Transcript) => (await chat.draft())!.aspirations.map((a) => a.text);
const needs = async (chat: Transcript) => (await chat.draft())!.needs.map((n) => ({ text: n.text, helps: n.helps ?? [] }));

describe('a second message that finishes the answer before', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"like without dad" after a hope is part of that hope, not a second hope', async () => {
    ({ chat } = await atHopes());
    await chat.say('go to the shops on my own maybe');
    expect(chat.step).toBe(Step.hopesMore);
    const replies = await chat.say('like without dad');
    expect(texts(replies)).toMatch(/added that to your last answer/);
    expect(chat.step).toBe(Step.hopesMore);
    expect(await hopes(chat)).toEqual(['go to the shops on my own without dad']);
  });

  it.each([
    ['and i want to drive', 2],
    ['like learn to drive', 2],
  ])('"%s" at "another hope?" is a hope of its own', async (typed, count) => {
    ({ chat } = await atHopes());
    await chat.say('go to the shops on my own');
    await chat.say(typed);
    const kept = await hopes(chat);
    expect(kept).toHaveLength(count);
    expect(kept[0]).toBe('go to the shops on my own');
  });

  it.each([
    ['like my headphones', 'my headphones'],
    ['at the shop', 'at the shop'],
  ])('"%s" at "what helps?" is what helps, not part of the hard thing', async (typed, kept) => {
    ({ chat } = await atNeeds());
    await chat.say('doing the till on my own');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say(typed);
    // A leading "like" is a filler, not part of the help.
    expect(await needs(chat)).toEqual([{ text: 'doing the till on my own', helps: [kept] }]);
  });

  it('"with my friends" at "what helps?" is what helps', async () => {
    ({ chat } = await atNeeds());
    await chat.say('doing the till on my own');
    await chat.say('with my friends');
    expect(await needs(chat)).toEqual([{ text: 'doing the till on my own', helps: ['with my friends'] }]);
  });

  it('"and they no what to do if i have a fit", "liam helps a bit", "and dad rings me" after what helps are more help, not hard things', async () => {
    ({ chat } = await atNeeds());
    await chat.say('doing the till on my own');
    await chat.say('staff at the shop help me');
    expect(chat.step).toBe(Step.needsMore);
    for (const typed of ['and they no what to do if i have a fit', 'liam helps a bit', 'and dad rings me']) {
      await chat.say(typed);
      expect(chat.step).toBe(Step.needsMore);
    }
    const kept = await needs(chat);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.helps.join(' ')).toMatch(/staff at the shop help me.*no what to do if i have a fit.*liam helps a bit.*dad rings me/);
  });

  it.each(['people are rude to me', 'and i cant read the prices'])('"%s" after what helps is another hard thing', async (typed) => {
    ({ chat } = await atNeeds());
    await chat.say('doing the till on my own');
    await chat.say('staff at the shop help me');
    await chat.say(typed);
    const kept = await needs(chat);
    expect(kept[0]).toEqual({ text: 'doing the till on my own', helps: ['staff at the shop help me'] });
    expect(kept.length).toBe(2);
  });

  it('"and the maths" just after a hard thing said where a part of life was asked is more of that hard thing, never a hope', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    await chat.say('be a mechanic');
    await chat.say('no');
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say('i struggle with reading');
    expect(chat.step).toBe(Step.hopesTheme);
    const replies = await chat.say('and the maths');
    expect(texts(replies)).toContain('i struggle with reading and the maths');
    expect(chat.step).toBe(Step.hopesTheme);
    await chat.say('also spelling');
    expect(await hopes(chat)).toEqual(['be a mechanic']);
    await chat.say('cook my own tea');
    expect(await hopes(chat)).toEqual(['be a mechanic', 'cook my own tea']);
    expect((await needs(chat)).map((n) => n.text).join(' | ')).toMatch(/reading and the maths and spelling/);
  });

  it('"and the maths" at "another hope?" just after a hard thing was kept there is added to it; "and learn to drive" is a hope', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 15, schoolYear: 10, hopes: [{ text: 'be a mechanic', theme: 'learning_and_work', needs: [] }], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat.say('i struggle with reading');
    await chat.say('and the maths');
    expect(chat.step).toBe(Step.hopesMore);
    expect(await hopes(chat)).toEqual(['be a mechanic']);
    expect((await needs(chat)).map((n) => n.text)).toEqual(['i struggle with reading and the maths']);
    await chat.say('and learn to drive');
    expect(await hopes(chat)).toHaveLength(2);
  });
});
