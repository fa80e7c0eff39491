import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';
import { GEMMA, HARD, TO_HELPS } from './gemmaAtHelps';

/*
 * Gemma steps away mid-chat: "oh and sorry random but the cat has just been sick on the stairs so
 * brb". Nothing of it is kept; she is told to take her time. Back again, "back lol sorry. no thats
 * everything" is her no, never a new hard thing.
 */

const CAT = 'oh and sorry random but the cat has just been sick on the stairs so brb';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('Gemma steps away for the cat', () => {
  it('at "what already helps?": take your time, nothing kept, the question waits', async () => {
    chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
    const replies = saidIn(await chat.say(CAT));
    expect(replies).toMatch(/take your time/i);
    expect(chat.step).toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.needs).toHaveLength(1);
    expect(draft?.needs[0]?.helps ?? []).toEqual([]);
  });

  it('at "anything else hard?": nothing kept; then "back lol sorry. no thats everything" is her no', async () => {
    chat = await typedTo(Step.needsMore, GEMMA, { ...TO_HELPS, [Step.needsHelps]: 'a timer and taking him every hour' });
    await chat.say(CAT);
    expect(chat.step).toBe(Step.needsMore);
    expect((await chat.draft())?.needs.map((n) => n.text)).toEqual([HARD]);
    await chat.say('back lol sorry. no thats everything');
    expect(chat.step).not.toBe(Step.needsMore);
    expect(chat.step).not.toBe(Step.needsHelps);
    const draft = await chat.draft();
    expect(draft?.needs.map((n) => n.text)).toEqual([HARD]);
    expect(JSON.stringify(draft)).not.toMatch(/back sorry|\bcat\b|stairs/);
  });

  it('leave alone: "sorry random but his dad just hit him so brb" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
    const replies = saidIn(await chat.say('sorry random but his dad just hit him so brb'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('leave alone: "random but a visual timer helps brb" keeps the help', async () => {
    chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
    await chat.say('random but a visual timer helps brb');
    expect((await chat.draft())?.needs[0]?.helps?.join(' ')).toMatch(/visual timer/);
  });

  it.each([
    'soz random but dad locked me out again brb',
    'sorry random but mums boyfriend is shouting again brb',
    'sorry random but the man from the park is outside my house again brb',
  ])('leave alone: %j is never set aside as a moment away', async (typed) => {
    chat = await typedTo(Step.needsHelps, GEMMA, TO_HELPS);
    const replies = saidIn(await chat.say(typed));
    const draft = await chat.draft();
    // Heard: a note for the key worker, or the words kept; never only "take your time" with no trace.
    const heard = (draft?.flags.length ?? 0) > 0 || /locked|shouting|park/.test(JSON.stringify(draft?.needs));
    expect({ heard, replies }).toMatchObject({ heard: true });
  });
});

