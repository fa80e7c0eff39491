import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Leo's mum, at "what makes it hard?": a family who cannot pay for nappies is asked kindly "Are you OK?";
 * a child wetting himself from fear of a grown-up at home, and harm said plainly, get the answer and a flag.
 */
const STANDARD = createWords().forMode('standard');
const GENTLE = STANDARD('safeguarding:gentle.question');
const HOPE = { text: 'to be dry at school', theme: 'health_and_wellbeing' as const, needs: [] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });

describe("a parent's worries that are asked after", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"we cant afford nappies so hes in the same one all day" is asked "That sounds hard. Are you OK?"', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
    const replies = await chat.say('we cant afford nappies so hes in the same one all day');
    expect(saidIn(replies)).toContain(GENTLE);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  // A young child wetting himself from fear of a grown-up at home is a sign a safeguarding lead acts on:
  // the parent is not only asked how they are but told who can help, and the worry is noted.
  it('"he wets himself because hes scared of his step dad" is told who can help, asked if they are safe, and noted', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [HOPE], { at: atBarrier })));
    const replies = await chat.say('he wets himself because hes scared of his step dad');
    expect(saidIn(replies)).toContain(STANDARD('safeguarding:parent.nspcc'));
    expect(chat.lastQuestion?.activity.text).toBe(STANDARD('safeguarding:checkParent.question'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['harm_from_others']);
  });

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
