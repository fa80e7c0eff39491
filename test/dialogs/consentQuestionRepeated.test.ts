import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * At the consent question a literal reader asks again, in full sentences, how long the answers are
 * kept, before saying yes. The question is answered and consent asked again: only a yes is consent.
 */

describe('a question asked again at the consent question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'You have asked me the same question again. I asked you how long you keep my answers. I would like to know that before I say yes.',
    'I asked you how long you keep my answers.',
  ])('%j: how long answers are kept, then consent asked again; a yes after it is consent', async (typed) => {
    chat = await typedTo(Step.welcomeConsent);
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/180 days/);
    expect(chat.step).toBe(Step.welcomeConsent);
    expect((await chat.draft())?.youngPerson.consent.given ?? false).toBe(false);
    await chat.say('Yes.');
    expect(chat.step).not.toBe(Step.welcomeConsent);
  });

  it('"I asked you how long you keep my answers. My dad hits me." is still heard', async () => {
    chat = await typedTo(Step.hopesDream);
    expect(saidIn(await chat.say('I asked you how long you keep my answers. My dad hits me.'))).toMatch(CRISIS);
  });
});
