import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Harvey: "what did i say?" at any step showed the whole draft. He wanted his last answer: it is
 * quoted back ("You said: ..."), the draft is not sent, and the same question waits.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const DRAFT_TYPE = 'application/vnd.outcomes.draft+json';
const sentDraft = (replies: ReadonlyArray<{ attachments?: { contentType?: string }[] }>) => replies.some((r) => r.attachments?.some((a) => a.contentType === DRAFT_TYPE));

describe('"what did i say?" quotes the last answer back', () => {
  it('at "another hope?" after the dream', async () => {
    chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'make a game about a dragon' });
    const replies = await chat.say('what did i say?');
    expect(saidIn(replies)).toMatch(/You said: "make a game about a dragon"/);
    expect(sentDraft(replies)).toBe(false);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('at what helps, after what makes it hard', async () => {
    chat = await typedTo(Step.needsHelps, { name: 'Harvey', age: '15' }, { ...typedToNeedsFor('make a game about a dragon'), [Step.needsBarrier]: 'i find coding hard' });
    const replies = await chat.say('wait what did i just say');
    expect(saidIn(replies)).toMatch(/You said: "i find coding hard"/);
    expect(sentDraft(replies)).toBe(false);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('"what have i said so far" still shows the whole draft', async () => {
    chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'make a game about a dragon' });
    expect(sentDraft(await chat.say('what have i said so far'))).toBe(true);
  });

  it('a plain disclosure beside the question is still heard', async () => {
    chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'make a game about a dragon' });
    await chat.say('what did i say? my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
