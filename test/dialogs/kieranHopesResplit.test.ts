import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});
const atMore = async () =>
  (await startWith({
    today: '2026-12-02', name: 'Kieran', age: 13, schoolYear: 8, journey: { mode: 'easy_read' },
    hopes: [{ text: 'be a footballer', theme: 'learning_and_work', needs: [] }, { text: 'play for villa. or a mechanic if not', theme: 'learning_and_work', needs: [] }],
    at: (d) => ({ stage: 'hopes', step: 'hopes.more', data: { splitIds: d.aspirations.map((a) => a.id).join(',') } }),
  })).chat;

describe('Kieran says how his hopes should be cut', () => {
  it.each([
    // A hope named short is kept in the fuller words typed before ("mechanic" was "or a mechanic if not").
    ['wot. thats wrong. footballer for villa is 1. mechanic is other', ['footballer for villa', 'a mechanic']],
    ['no. 1 is footballer 2 is mechanic', ['be a footballer', 'a mechanic']],
    ['hope 1 footballer. hope 2 mechanic', ['be a footballer', 'a mechanic']],
    ['they are 2 different hopes. footballer and mechanic', ['be a footballer', 'a mechanic']],
    ['no ur messin it up lol. hope 1 footballer. hope 2 mechanic', ['be a footballer', 'a mechanic']],
    ['first one is footballer second is mechanic', ['be a footballer', 'a mechanic']],
    ['nah u got it wrong. 1 is be a footballer. 2 is be a mechanic', ['be a footballer', 'be a mechanic']],
  ])('"%s" leaves the hopes %j and keeps none of the complaint', async (typed, hopes) => {
    chat = await atMore();
    const said = saidIn(await chat.say(typed));
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(hopes);
    expect(chat.step).toBe('hopes.more');
    expect(said).not.toMatch(/I changed/);
  });

  it('near miss: "1 go to college 2 get a job" adds new hopes, the others stay', async () => {
    chat = await atMore();
    await chat.say('1 go to college 2 get a job');
    const kept = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(kept).toEqual(expect.arrayContaining(['be a footballer', 'play for villa. or a mechanic if not']));
    expect(kept.length).toBeGreaterThan(2);
  });

  it('a worry said in the same shape is still heard, and never kept as a hope', async () => {
    chat = await atMore();
    const said = saidIn(await chat.say('they are 2 different hopes. stop him hitting me and mechanic'));
    const draft = (await chat.draft())!;
    expect(draft.flags.length).toBeGreaterThan(0);
    expect(said).toMatch(/0800 1111/);
    expect(draft.aspirations.map((a) => a.text).join(' ')).not.toMatch(/hitting/);
  });
});
