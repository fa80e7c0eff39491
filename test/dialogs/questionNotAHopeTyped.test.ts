import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * A dad asks a question and gives three hopes in one message. The question is answered and never
 * kept; when he then types "delete hope 1, that was my question", the first hope is offered to take
 * out (he may say no), and no hope is ever reworded to "delete hope 1".
 */
const PARENT = { who: 'A parent or carer', name: 'Poppy', age: '7' } as const;
const PARAGRAPH = 'do you mean now or when shes older? i want her to read on her own and to have a best friend, and one day to go swimming without armbands';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const hopes = async () => (await chat!.draft())!.aspirations.map((a) => a.text);

describe('"delete hope 1, that was my question" after the question was answered', () => {
  it('offers to take out the first hope, never rewords it; "no" keeps all three', async () => {
    chat = await typedTo(Step.hopesDream, PARENT, {});
    await chat.say(PARAGRAPH);
    const kept = await hopes();
    expect(kept).toHaveLength(3);
    expect(kept.join(' ')).not.toMatch(/do you mean/i);
    const replies = saidIn(await chat.say('delete hope 1, that was my question'));
    expect(replies).not.toMatch(/changed .* to "delete hope 1"/i);
    expect((await hopes()).join(' ')).not.toMatch(/delete/i);
    await chat.say('no');
    expect(await hopes()).toEqual(kept);
  });
});
