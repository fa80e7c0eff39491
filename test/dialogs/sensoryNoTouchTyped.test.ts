import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo } from '../support/typedWay';

/*
 * At how to help me, a young person asks not to be touched or crowded because it hurts their senses: a sensory
 * preference, kept whole as how to help, with no check. Touch told of a person ("like he does", "he touches me and
 * it hurts") still gets the answer.
 */

const CHECK = /Are you OK\?/;
const YOUNG = { name: 'Jo', age: '15' } as const;
const ALARM = new RegExp(`${CRISIS.source}|${CHECK.source}`);

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a sensory preference at how to help me', () => {
  for (const said of [
    'no touching me or crowding me please, it hurts my senses',
    'dont touch me or stand too close, its too much for my senses',
    'please dont hug me or crowd me, i get overwhelmed',
  ]) {
    it(`"${said}": kept whole as how to help, no check, no flag`, async () => {
      chat = await typedTo(Step.aboutMeSupport, YOUNG);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(ALARM);
      expect(chat.step).toBe(Step.aboutMeSafe);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(JSON.stringify(draft)).toContain(said.replace(/^\w/, (c) => c.toUpperCase()).slice(1, 30));
    });
  }

  for (const said of ['no touching me like he does', 'he touches me and it hurts', 'dont touch me like my uncle does, it hurts my body']) {
    it(`leave alone: "${said}" gets the answer or "Are you OK?"`, async () => {
      chat = await typedTo(Step.aboutMeSupport, YOUNG);
      expect(saidIn(await chat.say(said))).toMatch(ALARM);
    });
  }
});
