import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Typed at what makes it hard: a parent's "gets him to sleep in bed with him or he wont settle" is ordinary only
 * when nothing follows it. Anything said after the settling words may be what the bed is really about, so it is
 * read as ever: at least "Are you OK?".
 */

const CHECK = /Are you OK\?/;
const YOUNG = { name: 'Jo', age: '12' } as const;
const PARENT = { who: 'A parent or carer', name: 'Sam', age: '6' } as const;
const TO_NEEDS = typedToNeedsFor('to sleep through the night');
const HEARD = new RegExp(`${CRISIS.source}|${CHECK.source}`);

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('the settling words alone are ordinary', () => {
  it('a parent\'s "his dad gets him to sleep in bed with him or he wont settle." gets no check', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('his dad gets him to sleep in bed with him or he wont settle.'));
    expect(replies).not.toMatch(HEARD);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});

describe('anything after the settling words is heard', () => {
  for (const said of [
    'her dad gets her to sleep in his bed or she wont settle and he takes her clothes off',
    'his dad gets him to sleep in bed with him or he wont settle then he does stuff',
    'his dad gets him to sleep in bed with him or he wont settle. he is 14',
  ]) {
    it(`a parent's "${said}" gets at least "Are you OK?"`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      expect(saidIn(await chat.say(said))).toMatch(HEARD);
    });
  }

  it('a young person\'s "his dad gets him to sleep in bed with him or he wont settle and its horrible" gets at least "Are you OK?"', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    expect(saidIn(await chat.say('his dad gets him to sleep in bed with him or he wont settle and its horrible'))).toMatch(HEARD);
  });
});
