import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Margaret asks politely for the hope just read back to come out: "Could you take it out please?".
 * After a yes it is taken out; it is never read as an answer about what makes the hope hard.
 */
describe('a hope read back, taken out when asked politely', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Could you take it out please?" at what makes the hope hard takes that hope out after a yes', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Ellie-May', age: 'Year 1' });
    await throughAboutMe(chat);
    await chat.say('I should like her to learn to swim. I should like her to make friends and be invited to tea.');
    await typeUntil(chat, Step.needsBarrier, { [Step.hopesMore]: 'no thank you' });
    const first = (await chat.draft())!.aspirations[0]!.text;
    expect(chat.lastQuestion?.activity.text).toContain(first);
    const asked = await chat.say('Could you take it out please?');
    expect(saidIn(asked)).toContain('learn to swim');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['I should like her to make friends and be invited to tea']);
    expect((await chat.draft())!.needs).toEqual([]);
  });
});
