import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Everyday care and a sore body, typed by a young person: a hand cooled under the cold tap after a burn, hands
 * washed in hot water, a back that hurts, staff who check on them at night. None is asked after. A hand held under
 * the hot tap to punish, or staff who come in at night and touch, still get the answer.
 */

const CHECK = /Are you OK\?/;
const YOUNG = { name: 'Jo', age: '15' } as const;
const TO_NEEDS = typedToNeedsFor('to live on my own one day');
const ALARM = new RegExp(`${CRISIS.source}|${CHECK.source}`);

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('everyday care and a sore body, at what makes it hard', () => {
  for (const said of [
    'dad held my hand under the cold tap after i burnt it',
    'mum ran my hand under the cold water after i burnt it on the iron',
    'mum put my hands in the hot water to wash them',
    'staff put my hands in warm soapy water to clean them',
    'my back is hurting me',
    'my legs are killing me today',
  ]) {
    it(`"${said}": no answer, no check, no flag`, async () => {
      chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(ALARM);
      expect((await chat.draft())?.flags).toEqual([]);
    });
  }

  for (const said of [
    'dad held my hand under the hot tap to punish me',
    'mum put my hands in the hot water to wash them and it burnt me',
    'my back is hurting me where he kicked me',
    'staff come in my room at night and touch me',
    'my neck is hurting me he grabbed it',
    'my back is hurting me. i got a hiding',
    'mum put my hands in the hot water to wash them every time i wet myself',
    'my stepdad held my hand under the hot tap to clean it and laughed',
    'never touch me im overwhelmed',
  ]) {
    it(`leave alone: "${said}" gets the answer or "Are you OK?"`, async () => {
      chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
      expect(saidIn(await chat.say(said))).toMatch(ALARM);
    });
  }
});

describe('staff who check on them at night, at "do you feel safe?"', () => {
  for (const said of ['my staff check on me at nite. i feel safe', 'yes, the carers check on me in the night']) {
    it(`"${said}": no answer, no check, no flag`, async () => {
      chat = await typedTo(Step.aboutMeSafe, YOUNG);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(ALARM);
      expect((await chat.draft())?.flags).toEqual([]);
    });
  }

  for (const said of ['staff check on me at night and touch me', 'he checks on me at night and gets into my bed', 'he checks on me at night when mum is asleep', 'my stepdad checks on me at night when mum is asleep']) {
    it(`leave alone: "${said}" gets the answer or "Are you OK?"`, async () => {
      chat = await typedTo(Step.aboutMeSafe, YOUNG);
      expect(saidIn(await chat.say(said))).toMatch(ALARM);
    });
  }
});
