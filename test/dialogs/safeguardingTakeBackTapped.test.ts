import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

/*
 * A tapped "Not always" at "Do you feel safe?" cannot have been misread. Brushing it off straight
 * after the safety words ("its fine nobody hurts me", "forget it") is a sign to follow up: the flag
 * stays as it is, never marked "taken back".
 */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"Not always" tapped, then brushed off', () => {
  it.each(['nah forget it i didnt mean it', 'you got it wrong', 'its fine nobody hurts me'])('"%s" leaves the flag as it is', async (typed) => {
    chat = await throughWelcome({ name: 'Sam', age: '14' });
    for (const answer of ['people say im kind and good at drawing', 'my dog and gaming', 'tell me whats happening before it happens']) await chat.say(answer);
    await chat.say(standard('aboutMe:safe.notAlways'));
    const replies = await chat.say(typed);
    expect(replies.map((a) => a.text ?? '').join('\n')).not.toContain(standard('safeguarding:misread.sorry'));
    const flags = (await chat.draft())?.flags ?? [];
    expect(flags).toHaveLength(1);
    expect(flags[0]?.takenBackAt).toBeUndefined();
  });
});
