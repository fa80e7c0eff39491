import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopesIn } from '../../src/language/hopesInMessage';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * "tattoo artist maybe?? or horses idk. my mum says i should do hair and beauty lol": two hopes, the first a maybe;
 * what mum says is her idea, never kept as the young person's hope.
 */
const atDream: Seed = { today: '2026-12-07', who: 'self', name: 'Kai', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) };
const TYPED = 'tattoo artist maybe?? or horses idk. my mum says i should do hair and beauty lol';

describe('two things named with "or", and what mum says', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps "tattoo artist (maybe)" and "horses" as two hopes, and not mum\'s idea', async () => {
    ({ chat } = await startWith(atDream));
    const said = saidIn(await chat.say(TYPED));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['tattoo artist (maybe)', 'horses']);
    expect(said).not.toMatch(/hair and beauty/i);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('a harm said where mum\'s idea was is still heard', async () => {
    ({ chat } = await startWith(atDream));
    expect(saidIn(await chat.say('tattoo artist maybe?? or horses idk. my mum says i should kill myself'))).toMatch(CRISIS);
    expect((await chat.draft())!.flags).toHaveLength(1);
  });
});

describe('hopesIn: "or" and others\' ideas', () => {
  it.each([
    [TYPED, ['tattoo artist (maybe)', 'horses']],
    ['dog groomer. or maybe a vet', ['dog groomer', 'maybe a vet']],
    ['be a vet. my dad thinks i should be a doctor', ['be a vet']],
    // Only mum's idea, or said as their own too: kept.
    ['my mum says i should do hair and beauty', ['my mum says i should do hair and beauty']],
    ['my mum says i should do hair and beauty and i want to. and be a vet', ['my mum says i should do hair and beauty and i want to', 'be a vet']],
    // A single hope tidies its "maybe" away, as "maybe a vet" does.
    ['vet maybe', ['vet']],
    // "Or" adding to a hope said in full is still one hope.
    ['i want him to use signs. Or pictures', ['i want him to use signs. Or pictures']],
  ] as const)('%j', (typed, expected) => {
    expect(hopesIn(typed)).toEqual(expected);
  });
});

describe('harm typed as what an adult says or wants', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i want to be a vet. my mum says i should stop eating lol', /stop eating/],
    ['i want to be a vet. my step dad says i should keep my mouth shut', /mouth shut/],
    ['i want to be a vet. my dad says i should just go away and never come back', /never come back/],
    ['i want to be a vet. my dad says i have to give him my money', /give him my money/],
    ['get a job. my mum wants me to stay in my room all day', /stay in my room/],
  ])('"%s" is never dropped: it is kept whole or heard as a worry', async (typed, words) => {
    ({ chat } = await startWith(atDream));
    const said = saidIn(await chat.say(typed));
    const draft = await chat.draft();
    const kept = draft!.aspirations.map((a) => a.text).join(' ');
    expect(words.test(kept) || (draft!.flags.length > 0) || /Are you OK/.test(said)).toBe(true);
  });
});
