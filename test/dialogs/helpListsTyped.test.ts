import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startOutcome, type Draft } from '../../src/domain/draft';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: ['reading'] };

/** Types an outcome and its answers until the bot asks what help would make it happen. */
async function reachProvides(chat: Transcript): Promise<void> {
  await chat.say('pass my english gcse by next summer');
  for (let turn = 0; turn < 6 && chat.step !== Step.outcomeProvides; turn++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    else if (chat.step === Step.outcomeMeasure) await chat.say('I get a 4 or more');
    else if (chat.step === Step.outcomeDoesForMe) await chat.say('I would feel proud');
    else await chat.say('I could go to college');
  }
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('a list of help keeps only help: words that narrow an item join it, questions to the bot are never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['extra time, not only morning, like school give?, this plan? ehcp?', ['extra time, not only morning']],
    ['a TA in maths, not only mornings', ['a TA in maths, not only mornings']],
    ['a laptop, is that ok?', ['a laptop']],
    ['a quiet room, a reader, does this plan pay for it?', ['a quiet room', 'a reader']],
  ])('"%s" at "what help would you need?" keeps %j', async (typed, help) => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    await reachProvides(chat);
    await chat.say(typed);
    const provision = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(provision).toEqual(help);
    expect(provision.join(' ')).not.toMatch(/\?|plan|ehcp|is that ok/i);
  });

  it('at "what already helps?", "my mum reads with me, this plan? ehcp?" keeps only the help', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      age: 16,
      schoolYear: 11,
      hopes: [{ ...COLLEGE, needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say('reading long books');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('my mum reads with me, this plan? ehcp?');
    expect((await chat.draft())!.needs[0]!.helps).toEqual(['my mum reads with me']);
  });

  it('at "what makes it hard?", "reading long books, is that ok? this plan?" keeps only the need', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10',
      age: 16,
      schoolYear: 11,
      hopes: [{ ...COLLEGE, needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    await chat.say('reading long books, is that ok? this plan?');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['reading long books']);
  });

  it('help offered at "what would it do for you?" with a question beside it keeps and reads back only the help', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 16, schoolYear: 11, hopes: [COLLEGE] }));
    await chat.say('pass my english gcse by next summer');
    for (let turn = 0; turn < 4 && chat.step !== Step.outcomeDoesForMe; turn++) await chat.say(chat.step === Step.outcomeWhen ? 'by next summer' : 'I get a 4 or more');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const said = (await chat.say('a reader in exams, only in english, like school give?, is that ok?')).map((r) => r.text ?? '').join('\n');
    expect(said).not.toContain('school give');
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(['a reader in exams, only in english']);
  });

  // A parent of a 7-year-old, asked what help would make it happen: words in brackets, or a
  // piece with no help named of its own ("his own"), belong to the help before them.
  it.each([
    ['a 1:1 TA in the afternoons (his own, not shared), and a visual timetable', ['a 1:1 TA in the afternoons (his own, not shared)', 'a visual timetable']],
    ['a TA, his own, and a visual timetable', ['a TA, his own', 'a visual timetable']],
    ['speech therapy (every week, at school), a quiet room', ['speech therapy (every week, at school)', 'a quiet room']],
    ['a TA, not shared with anyone', ['a TA, not shared with anyone']],
    ['a TA (or a buddy), a visual timetable', ['a TA (or a buddy)', 'a visual timetable']],
    ['a TA, a visual timetable', ['a TA', 'a visual timetable']],
  ])('a parent typing "%s" keeps %j', async (typed, help) => {
    ({ chat } = await startWith(
      parentSeed({ name: 'Leo', age: 7, schoolYear: 2 }, [{ text: 'make friends at school', theme: 'friends_and_community', needs: [] }], {
        change: (d: Draft) => startOutcome(d, { statement: 'Leo will play with a friend at break', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft,
        at: (d) => ({ stage: 'outcomes', step: Step.outcomeProvides, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
      }),
    ));
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.provision.map((p) => p.text)).toEqual(help);
  });
});
