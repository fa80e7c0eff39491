import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { CRISIS } from '../support/typedWay';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * Leo's mum asks for a note off when there is no note yet, and tells of bullying in the same breath:
 * "remove that note please, the boys at school are bullying him". The bullying is heard (the answer
 * and a flag), and she is told kindly that there was no note before. Never read as taking a part out.
 */

const standard = createWords().forMode('standard');
const TALK = { text: 'to make friends', theme: 'friends_and_community' as const, needs: ['he gets shy'] };
const LEO = { name: 'Leo', age: 9, schoolYear: 4 };
const SAID = 'remove that note please, the boys at school are bullying him';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe(`"${SAID}" with no note on the draft`, () => {
  for (const at of [Step.reviewSummary, Step.needsBarrier] as const) {
    it(`at ${at}: there was no note before, said kindly; the bullying is heard and flagged`, async () => {
      ({ chat } = await startWith(parentSeed(LEO, [TALK], { at: (d) => (at === Step.reviewSummary ? { stage: 'review', step: at } : { stage: 'needs', step: at, topic: d.aspirations[0]!.id }) })));
      const replies = saidIn(await chat!.say(SAID));
      expect(replies).toContain(standard('safeguarding:note.noneBefore'));
      expect(replies).toMatch(CRISIS);
      expect(chat!.step).toBe(Step.safeguardingCheck);
      expect(((await chat!.draft())?.flags ?? []).map((f) => f.category)).toEqual(['bullying']);
    });
  }

  it('still heard: "take that note off, his uncle hits him" the same way', async () => {
    ({ chat } = await startWith(parentSeed(LEO, [TALK], { at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
    expect(saidIn(await chat!.say('take that note off, his uncle hits him'))).toMatch(CRISIS);
    expect(((await chat!.draft())?.flags ?? []).map((f) => f.category)).toEqual(['harm_from_others']);
  });

  it('leave alone: a plain "remove that note please" with no note tells of no worry', async () => {
    ({ chat } = await startWith(parentSeed(LEO, [TALK], { at: () => ({ stage: 'review', step: Step.reviewSummary }) })));
    const replies = saidIn(await chat!.say('remove that note please'));
    expect(replies).not.toMatch(CRISIS);
    expect((await chat!.draft())?.flags ?? []).toEqual([]);
  });
});
