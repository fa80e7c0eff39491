import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Typed at what makes it hard: papers kept safe by a parent "because i lose things" are ordinary, but an uncle
 * keeping a passport, or anything said after the reason ("and i cant leave"), gets at least "Are you OK?".
 */

const CHECK = /Are you OK\?/;
const HEARD = new RegExp(`${CRISIS.source}|${CHECK.source}`);
const YOUNG = { name: 'Jo', age: '17' } as const;
const TO_NEEDS = typedToNeedsFor('to go on holiday with my friends');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a passport kept, and more said after the reason', () => {
  it('"my uncle keeps my passport in his safe because i lose things and i cant leave" gets at least "Are you OK?"', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    expect(saidIn(await chat.say('my uncle keeps my passport in his safe because i lose things and i cant leave'))).toMatch(HEARD);
  });

  it('leave alone: "my dad keeps my passport in his safe because i lose things" gets no answer and no check', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    expect(saidIn(await chat.say('my dad keeps my passport in his safe because i lose things'))).not.toMatch(HEARD);
  });
});
