import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Zainab, mum of Yusuf (4, Reception), English her second language, in easy read. How toileting is going, a
 * rash getting better, and how to talk with him are ordinary care from a parent: never "Are you OK?".
 */

const easy = createWords().forMode(ReadingMode.easyRead);
const GENTLE = easy('safeguarding:gentle.question');
const YUSUF = { name: 'Yusuf', age: 4, schoolYear: 0 };
const HOPE = { text: 'use the toilet at school', theme: 'health_and_wellbeing' as const, needs: ['he is still in nappy'] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });
const atHelps: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function start(at: Seed['at']): Promise<Transcript> {
  ({ chat } = await startWith(parentSeed(YUSUF, [HOPE], { at, journey: { mode: ReadingMode.easyRead } })));
  return chat!;
}

describe('ordinary care talk from a parent is not asked "Are you OK?"', () => {
  it.each([
    'no more nappy. he feel big boy. less rash',
    'speak slow and short words. show him picture. he like when he know what happen next',
    'talk to her slowly. use pictures. she likes to know what happens next',
    'nappy rash is better now. he is dry in the day',
  ])('%j', async (typed) => {
    const c = await start(atHelps);
    const said = saidIn(await c.say(typed));
    expect(said).not.toContain(GENTLE);
    expect(said).not.toMatch(/NSPCC|Childline|999/);
    expect((await c.draft())!.flags).toEqual([]);
  });
});

describe('still heard', () => {
  it.each([
    'he has bruises and rash where his nappy is',
    'nobody changes his nappy all day',
    'a man shows him pictures on his phone',
    'he hits him',
    'his dad hurts him',
    'someone hurt him at nursery',
    'nobody hurt him except his dad',
  ])('%j', async (typed) => {
    const c = await start(atBarrier);
    const said = saidIn(await c.say(typed));
    const flagged = (await c.draft())!.flags.length > 0;
    expect(said.includes(GENTLE) || flagged).toBe(true);
  });
});
