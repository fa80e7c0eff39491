import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Leo's mum, at "what makes it hard?": a child afraid of a grown-up at home, and a family who
 * cannot pay for nappies, are asked kindly "Are you OK?"; harm said plainly gets the answer and a flag.
 */
const GENTLE = createWords().forMode('standard')('safeguarding:gentle.question');
const HOPE = { text: 'to be dry at school', theme: 'health_and_wellbeing' as const, needs: [] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

describe("a parent's worries that are asked after", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ['he wets himself because hes scared of his step dad', 'we cant afford nappies so hes in the same one all day']) {
    it(`"${said}" is asked "That sounds hard. Are you OK?"`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).toContain(GENTLE);
      expect(chat.step).toBe(Step.safeguardingCheck);
    });
  }

  it('"hes scared of his step dad, he hits him" gets the answer and a flag', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
    await chat.say('hes scared of his step dad, he hits him');
    expect((await chat.draft())!.flags).toHaveLength(1);
  });

  for (const said of ['he wets himself when hes scared of the dark', 'nappies are expensive']) {
    it(`"${said}" is not asked "Are you OK?" and not flagged`, async () => {
      ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
      const replies = await chat.say(said);
      expect(saidIn(replies)).not.toContain(GENTLE);
      expect((await chat.draft())!.flags).toEqual([]);
    });
  }
});
