import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * "the 42 bus i go to town on it", typed at "How can people help you best?", is a thing Kerry likes
 * and does, not how to help her: it is kept with what is important, and the support question is
 * asked again kindly. Help said about the bus ("my mum comes on the bus with me") is still help.
 */
describe('a bus ride said where support was asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the 42 bus i go to town on it" is kept as important, and support is asked again', async () => {
    chat = await typedTo(Step.aboutMeSupport, { name: 'Kerry', age: '20' });
    const replies = saidIn(await chat.say('the 42 bus i go to town on it'));
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect(replies).toMatch(/important/i);
    const aboutMe = (await chat.draft())?.aboutMe;
    expect(JSON.stringify(aboutMe?.important)).toMatch(/42 bus/);
    expect(JSON.stringify(aboutMe?.support ?? [])).not.toMatch(/42 bus/);
  });

  it('"my mum comes on the bus with me" is kept as how to help', async () => {
    chat = await typedTo(Step.aboutMeSupport, { name: 'Kerry', age: '20' });
    await chat.say('my mum comes on the bus with me');
    expect(chat.step).not.toBe(Step.aboutMeSupport);
    expect(JSON.stringify((await chat.draft())?.aboutMe?.support)).toMatch(/bus with me/);
  });
});
