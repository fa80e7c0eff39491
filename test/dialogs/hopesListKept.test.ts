import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Hopes listed in one message are each kept, even when one sounds like a fuller telling of another. */

describe('every hope in a list is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const atDream = async () => (await startWith({ today: '2026-12-02', name: 'Jay', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;

  it('"be a chef, have friends, go to college and live with my mates" keeps four hopes', async () => {
    chat = await atDream();
    await chat.say('be a chef, have friends, go to college and live with my mates');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be a chef', 'have friends', 'go to college', 'live with my mates']);
  });

  it('"a job", then "get a job in a shop" is still one hope in the fuller words', async () => {
    chat = await atDream();
    await chat.say('a job');
    await chat.say('get a job in a shop');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['get a job in a shop']);
  });

  it('"ok again. 1 go to college to do IT. 2 have his own friends ... 3 live in supported living one day": numbers without a full stop still mark three hopes', async () => {
    chat = await atDream();
    await chat.say('ok again. 1 go to college to do IT. 2 have his own friends and go cinema without me. 3 live in supported living one day');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([
      'go to college to do IT',
      'have his own friends and go cinema without me',
      'live in supported living one day',
    ]);
  });

  it('"i want 2 dogs and 3 cats" is no numbered list', async () => {
    chat = await atDream();
    await chat.say('i want 2 dogs and 3 cats');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i want 2 dogs and 3 cats']);
  });
});
