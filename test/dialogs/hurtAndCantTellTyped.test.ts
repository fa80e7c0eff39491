import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * A parent at what makes it hard: a young child who gets hurt at nursery and cannot tell the staff is a need about
 * telling, kept without the safety answer. A child who hurts himself on purpose, or comes home with bruises nobody
 * explains, is still answered or asked after.
 */

const CHECK = /Are you OK\?/;
const PARENT = { who: 'A parent or carer', name: 'Sam', age: '6' } as const;
const TO_NEEDS = typedToNeedsFor('to be happy at nursery');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a young child hurt by accident who cannot say so', () => {
  for (const said of [
    'when he hurts himself at nursery he cant tell the staff',
    "if he hurts himself in the playground he can't say where it hurts",
    "he can't tell the staff when he hurts himself",
  ]) {
    it(`"${said}": no safety answer, no flag, kept as a hard thing`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([]);
      if (!CHECK.test(replies)) expect(chat.step).not.toBe(Step.needsBarrier);
    });
  }

  it('leave alone: "he hurts himself on purpose, bangs his head till it bleeds" gets the answer or "Are you OK?"', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('he hurts himself on purpose, bangs his head till it bleeds'));
    expect(replies).toMatch(new RegExp(`${CRISIS.source}|${CHECK.source}`));
  });

  for (const said of [
    'he comes home from nursery with bruises and cant tell me who did it',
    'when he hurts himself in his room he cant tell us why he does it',
    'when she hurts herself she cant tell us because shes scared of what her dad will do',
  ]) {
    it(`leave alone: "${said}" gets the answer or "Are you OK?"`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(new RegExp(`${CRISIS.source}|${CHECK.source}`));
    });
  }
});
