import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Leo's mum at "what makes it hard?" and at "do you feel safe?": "nobody is hurting him except his
 * uncle" names the uncle, so it is heard. Sam, 15, fears the key worker who should help him: heard
 * too, kindly, with the help lines and a flag.
 */

const TALK = { text: 'to make friends', theme: 'friends_and_community' as const, needs: ['he gets shy'] };
const LEO = { name: 'Leo', age: 9, schoolYear: 4 };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const flagsOf = async (c: Transcript) => ((await c.draft())?.flags ?? []).map((f) => f.category);

describe('a parent\'s "nobody is hurting him except his uncle"', () => {
  for (const at of [Step.needsBarrier, Step.aboutMeSafe] as const) {
    it(`at ${at}: the full answer and a harm_from_others flag`, async () => {
      ({ chat } = await startWith(parentSeed(LEO, [TALK], { at: (d) => (at === Step.aboutMeSafe ? { stage: 'aboutMe', step: at } : { stage: 'needs', step: at, topic: d.aspirations[0]!.id }) })));
      const replies = saidIn(await chat!.say('nobody is hurting him except his uncle'));
      expect(replies).toMatch(CRISIS);
      expect(chat!.step).toBe(Step.safeguardingCheck);
      expect(await flagsOf(chat!)).toEqual(['harm_from_others']);
    });
  }

  it('leave alone: "nobody hurts him, he is just clumsy" at "what makes it hard?" goes on with the plan', async () => {
    ({ chat } = await startWith(parentSeed(LEO, [TALK], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    expect(saidIn(await chat!.say('nobody hurts him, he is just clumsy'))).not.toMatch(CRISIS);
    expect(await flagsOf(chat!)).toEqual([]);
  });
});

describe('a young person afraid of their key worker or carer', () => {
  for (const said of ['i dont feel safe with my key worker', 'im scared of my key worker', 'i dont like being alone with my carer, he scares me']) {
    it(`"${said}": heard kindly, the help lines, a harm_from_others flag`, async () => {
      ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, hopes: [TALK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
      const replies = saidIn(await chat!.say(said));
      expect(replies).toMatch(/Thank you for telling me/);
      expect(replies).toMatch(CRISIS);
      expect(chat!.step).toBe(Step.safeguardingCheck);
      expect(await flagsOf(chat!)).toEqual(['harm_from_others']);
    });
  }

  it('still heard: "my dad hits me" at the same question', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, hopes: [TALK], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    expect(saidIn(await chat!.say('my dad hits me'))).toMatch(CRISIS);
    expect(await flagsOf(chat!)).toEqual(['harm_from_others']);
  });
});
