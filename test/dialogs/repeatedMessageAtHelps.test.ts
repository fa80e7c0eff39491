import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Becky's phone sent her answer twice at "what helps?", then she said so. The answer is kept once,
 * the remark about the repeated message is never kept, and the bot goes on.
 */
describe('"sorry my phone sent that twice"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['sorry my phone sent that twice', 'oops sent that twice sorry', 'ignore that, it sent twice'])('"%s" keeps the answer once and is no help itself', async (remark) => {
    chat = await typedTo(Step.needsHelps, { who: 'A parent or carer', name: 'Finley', age: 'Year 6' }, {
      ...typedToNeedsFor('to read for fun'),
      [Step.needsBarrier]: 'reading is really slow for him and he gets upset',
    });
    const answer = 'a reading pen and short bits of text with big writing';
    await chat.say(answer);
    const after = chat.step;
    await chat.say(answer);
    await chat.say(remark);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).not.toMatch(/twice/i);
    expect(draft.split('reading pen').length - 1).toBe(1);
    expect(chat.step).toBe(after);
  });
});
