import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Typed at what makes it hard: a thing that hurts ("the only thing hurting me is my knee") is ordinary, but a
 * person named as that "thing", or as the one who sent the door or the ball, is a disclosure: the full answer.
 */

const CHECK = /Are you OK\?/;
const YOUNG = { name: 'Jo', age: '12' } as const;
const TO_NEEDS = typedToNeedsFor('to feel calmer at school');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a person is never "the thing" that hurts', () => {
  for (const said of ['the only thing hurting me is my dad', 'my dad slammed the door and the door hit me']) {
    it(`"${said}" gets the full answer and a flag`, async () => {
      chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
      expect(saidIn(await chat.say(said))).toMatch(CRISIS);
      expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
    });
  }

  it('leave alone: "the only thing hurting me is my knee after five-a-side" gets no answer and no check', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('the only thing hurting me is my knee after five-a-side'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(CHECK);
  });
});
