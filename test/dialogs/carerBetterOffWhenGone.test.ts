import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { safeguardingInChat } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, CRISIS, saidIn, typedTo } from '../support/typedWay';

/* A carer's dark word about themselves ("she'll be better off when I'm gone") is asked after gently; going to work is not. */

const way = { ...ABOUT_ME_TYPED, [Step.aboutMeSafe]: 'yes she is' };
const atHopes = () => typedTo(Step.hopesDream, { who: 'A parent or carer', name: 'Mia', age: '14' }, way);

describe('a carer\'s "she\'ll be better off when I\'m gone"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('gets the gentle check for the carer: no flag yet, not ignored, not kept as a hope', async () => {
    chat = await atHopes();
    const replies = saidIn(await chat.say("she'll be better off when I'm gone"));
    expect(replies).toMatch(/Are you OK\?/);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it.each(["she'll be fine when I'm gone to work", "she'll be better off when I'm gone on holiday, she gets more independent", 'when im gone she will need someone to help with money'])(
    'leave alone: %j asks nothing',
    (typed) => expect(safeguardingInChat(typed, { parent: true }).action).toBe('none'),
  );
  it.each(["she'll be better off when I'm gone", 'they would all be happier if i was not here', "he'd be better off when im dead"])('%j is asked after', (typed) =>
    expect(safeguardingInChat(typed, { parent: true }).action).not.toBe('none'),
  );
});
