import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { safeguardingInChat } from '../../src/language';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo } from '../support/typedWay';

/*
 * Shouted at and put down in front of others, typed where a hope was asked for: not a hope, and worth
 * "Are you OK?" whatever the classifier makes of it (in sport too: the shame is the sign).
 */

const GENTLE = /Are you OK\?/;

describe('"my coach shouted at me and called me useless in front of everyone" at the dream', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('gets the gentle check, no crisis answer and no flag, and no hope is kept from it after "im ok"', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = saidIn(await chat.say('my coach shouted at me and called me useless in front of everyone'));
    expect(replies).toMatch(GENTLE);
    expect(replies).not.toMatch(CRISIS);
    await chat.say('yeah im ok');
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aspirations.map((a) => a.text).join(' ')).not.toMatch(/useless/);
  });

  it.each(['my coach shouted at me and called me useless in front of everyone', 'the teacher called me lazy in front of the whole class'])('%j is checked on its words alone', (typed) =>
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('check'),
  );

  it.each(['my coach said the pass was useless and shouted at the ref', 'my mate called me a loser in front of everyone lol'])('leave alone: %j is not checked', (typed) =>
    expect(safeguardingInChat(typed, { parent: false }).action).toBe('none'),
  );
});
