import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/* A parent's yes at "do you feel safe?", unsure about one place with nothing harmful named, is a yes. */

const SUPPORT_NUMBERS = /0800 1111|[Cc]hildline/;
const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent at "do you feel safe?"', () => {
  it('"yes he is safe at home and school. online i dont know he only watch youtube" is a yes, no flag', async () => {
    chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Leo', age: '11' });
    const replies = await chat.say('yes he is safe at home and school. online i dont know he only watch youtube');
    expect((await chat.draft())?.flags ?? []).toEqual([]);
    expect(textOf(replies)).not.toMatch(SUPPORT_NUMBERS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it('unsure about a place with something harmful named is still taken seriously', async () => {
    chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Leo', age: '11' });
    await chat.say('yes at home. online i dont know, a man keeps messaging him');
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });
});
