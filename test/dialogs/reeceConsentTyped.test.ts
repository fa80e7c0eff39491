import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * What Reece (16) typed at "Is it OK for me to keep your answers?": questions about keeping them. A question is
 * never a yes: it is answered, and the question asked again.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('Reece, asking at "is it OK for me to keep your answers?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['why do you need to keep them', /so you can stop and come back/],
    ['why do you keep my answers?', /so you can stop and come back/],
    ['what happens if i say no', /If you say no, that's OK\. I won't keep anything/],
    ['do i have to say yes', /If you say no, that's OK/],
    ['who sees them', /Nobody else sees your answers/],
  ])('"%s" is answered, consent is not given, and the question is asked again', async (typed, answer) => {
    chat = await typedTo(Step.welcomeConsent, { name: 'Reece', age: 'Year 11' });
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(answer);
    expect(texts(replies)).not.toMatch(/^Thank you\.$/m);
    expect(texts(replies)).toMatch(/Is it OK for me to keep your answers\?/);
    expect(chat.step).toBe(Step.welcomeConsent);
    const consent = (await chat.draft())?.youngPerson.consent;
    expect(consent?.given ?? false).toBe(false);
  });

  it('"yes" after the answer is a yes', async () => {
    chat = await typedTo(Step.welcomeConsent, { name: 'Reece', age: 'Year 11' });
    await chat.say('why do you need to keep them');
    await chat.say('ok fine yes');
    expect(chat.step).not.toBe(Step.welcomeConsent);
  });
});
