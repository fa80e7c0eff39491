import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, CRISIS, saidIn, typedTo } from '../support/typedWay';

/* "im ok" to a worry: the same kind said again is not asked about again; a sure disclosure still gets the full answer. */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');
const way = { ...ABOUT_ME_TYPED, [Step.hopesDream]: 'to work with animals', [Step.hopesMore]: 'no', [Step.hopesTheme]: ['no', 'no', 'no', 'no'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function okayOnce(): Promise<Transcript> {
  chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '15' }, way);
  expect(saidIn(await chat.say('im scared all the time'))).toContain(GENTLE);
  await chat.say('im ok');
  return chat;
}

describe('after "im ok" to a worry', () => {
  it('the same kind of worry said again is not asked about, nor flagged', async () => {
    const chat = await okayOnce();
    const replies = saidIn(await chat.say('im just scared all the time'));
    expect(replies).not.toContain(GENTLE);
    expect(replies).not.toMatch(CRISIS);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('a sure disclosure of that kind still gets the full answer and a flag', async () => {
    const chat = await okayOnce();
    const replies = saidIn(await chat.say('my step dad hits me when he is drunk'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
