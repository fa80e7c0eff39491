import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, closeAfterEach, saidIn, typedTo, typedToNeedsFor } from '../support/typedWay';

/*
 * Typed at what makes it hard: a parent settling a young child at night, and a child's fear with an everyday
 * reason, are kept without a check; a child told of a bed shared by force, fear with harm after it, and a hand
 * held onto something hot, get the answer (or at least "Are you OK?") and a flag.
 */

const CHECK = /Are you OK\?/;
const YOUNG = { name: 'Jo', age: '12' } as const;
const PARENT = { who: 'A parent or carer', name: 'Sam', age: '6' } as const;
const TO_NEEDS = typedToNeedsFor('to sleep through the night');

let chat: Transcript | undefined;
closeAfterEach(() => chat);

describe('a parent settling a young child at night', () => {
  it('"his dad gets him to sleep in bed with him or he wont settle": kept as a need, no answer, no check, no flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const said = 'his dad gets him to sleep in bed with him or he wont settle';
    const replies = saidIn(await chat.say(said));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(CHECK);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  it('leave alone: a child\'s "my stepdad makes me sleep in his bed when mum is ill" gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('my stepdad makes me sleep in his bed when mum is ill'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['sexual_abuse']);
  });

  it('leave alone: a child\'s "he makes me sleep in his bed" gets at least "Are you OK?"', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('he makes me sleep in his bed'));
    expect(replies).toMatch(new RegExp(`${CRISIS.source}|${CHECK.source}`));
  });
});

describe("a parent: the child's fear of someone close, with its reason", () => {
  it('"she is scared of her step dad because she doesnt see him much": no answer, no check, no flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('she is scared of her step dad because she doesnt see him much'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(CHECK);
    expect((await chat.draft())?.flags).toEqual([]);
  });

  for (const said of ['she is scared of her step dad because he hits her', 'she is scared of her step dad because he gets angry and grabs her']) {
    it(`leave alone: "${said}" gets the answer and a flag`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(CRISIS);
      expect((await chat.draft())?.flags).toHaveLength(1);
    });
  }
});

describe('a hand held onto something hot', () => {
  it('a child\'s "he held my hand on the burning pan": the answer and a harm-from-others flag', async () => {
    chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
    const replies = saidIn(await chat.say('he held my hand on the burning pan'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

  for (const said of ['I burnt my hand on the pan cooking', 'he held my hand when I crossed the road']) {
    it(`leave alone: "${said}" gets no answer and no flag`, async () => {
      chat = await typedTo(Step.needsBarrier, YOUNG, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(CRISIS);
      expect((await chat.draft())?.flags).toEqual([]);
    });
  }
});
