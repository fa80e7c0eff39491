import { afterEach, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addFlag } from '../../src/domain/draft';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Zainab, mum of Yusuf (4), after a note was made earlier: an ordinary answer about toileting with "he" and "it is"
 * in it is her answer, never "who the worry is" added to the note.
 */

const YUSUF = { name: 'Yusuf', age: 4, schoolYear: 0 };
const HOPE = { text: 'use the toilet at school', theme: 'health_and_wellbeing' as const, needs: ['he is still in nappy'] };
const atBarrier: Seed['at'] = (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id });
const flagged = (d: Parameters<typeof addFlag>[0]) => addFlag(d, { category: 'harm_from_others', at: new Date('2026-12-02T09:30:00Z'), step: 'needs.barrier' });

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

it.each([
  'nappy still. he dont tell when he need. he scared of the flush noise, it is loud',
  'he likes the bath, it is warm',
  'he will not sit on the toilet, it is too big for him',
])('%j after a note: an answer, never who the worry is', async (typed) => {
  ({ chat } = await startWith(parentSeed(YUSUF, [HOPE], { at: atBarrier, change: flagged, journey: { mode: ReadingMode.easyRead } })));
  const said = saidIn(await chat!.say(typed));
  expect(said).not.toMatch(/who the worry is/);
  const draft = await chat!.draft();
  expect(draft!.flags).toHaveLength(1);
});
