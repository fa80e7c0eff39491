import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A parent telling of things going well ("not coming home in bits", "he feels like a normal 16 yr old")
 * is never asked "Are you OK?"; coming home in bits, said plainly, still is.
 */

const CHECK = /Are you OK\?/;
const CRISIS = /Childline|Samaritans|999|NSPCC/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const toImportant = () => typedTo(Step.aboutMeImportant, { who: 'A parent or carer', name: 'Sam', age: '16' }, { [Step.aboutMeStrengths]: 'he is kind and good with computers' });

describe('a parent of a 16 year old telling how things are going', () => {
  it('"hes going in most days and not coming home in bits" is not asked "Are you OK?"', async () => {
    chat = await toImportant();
    const replies = await chat.say('hes going in most days and not coming home in bits');
    expect(saidIn(replies)).not.toMatch(CHECK);
    expect(saidIn(replies)).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('"he feels like a normal 16 yr old" after it is not asked "Are you OK?" either', async () => {
    chat = await toImportant();
    await chat.say('hes going in most days and not coming home in bits');
    const replies = await chat.say('he feels like a normal 16 yr old');
    expect(saidIn(replies)).not.toMatch(CHECK);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('"he comes home in bits every day and wont say why" is still asked after', async () => {
    chat = await toImportant();
    const replies = await chat.say('he comes home in bits every day and wont say why');
    expect(saidIn(replies)).toMatch(CHECK);
  });
});
