import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const READ: SeedHope = { text: 'read books by herself', theme: 'learning_and_work', needs: ['She finds letters hard'] };
const DRESS: SeedHope = { text: 'get dressed on her own in the mornings', theme: 'independent_living', needs: ['Buttons and laces are hard for her'] };
const WORK: SeedHope = { text: 'work with cars one day', theme: 'learning_and_work', needs: ['I struggle with reading'] };

/** Types a step and answers up to "what help would be needed?". */
async function toProvides(chat: Transcript, step: string): Promise<void> {
  await chat.say(step);
  if (chat.step === Step.outcomeWhen) await chat.say('by christmas next year');
  if (chat.step === Step.outcomeMeasure) await chat.say('she reads a short book to me every night');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('she would feel proud');
  if (chat.step === Step.outcomeMakesPossible) await chat.say('she could read to her little brother');
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('what help would be needed, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['a love of books', 'confidence', 'she would be happier'])('"%s" is what it brings, not help: kept as that, and the help asked for once', async (answer) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Poppy', age: 8, schoolYear: 3, hopes: [READ] }));
    await toProvides(chat, 'read a short book to me by herself');
    const replies = await chat.say(answer);
    expect(chat.step).toBe(Step.outcomeProvides);
    expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/What help would Poppy need/);
    let outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.makesPossible).toContain(answer);
    await chat.say('a reading group with her TA three times a week');
    expect(chat.step).toBe(Step.outcomeConfirm);
    outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['a reading group with her TA three times a week']);
  });

  it('a young person\'s "i could get an apprenticeship" is not provision, and a second answer that is not help moves on', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Kai', age: 15, schoolYear: 10, hopes: [WORK] }));
    await toProvides(chat, 'do a week of work experience at a garage');
    await chat.say('i could get an apprenticeship');
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say('idk really, being more confident');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect((await chat.draft())!.outcomes[0]!.provision).toEqual([]);
  });

  it('support said with comments is kept whole; comments never become rows of their own', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [DRESS] }));
    await toProvides(chat, 'do her buttons up by herself');
    await chat.say('help from TA, not only one TA. this is not enough');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const rows = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(rows).toHaveLength(1);
    expect(rows).not.toContain('this is not enough');
    expect(rows).not.toContain('not only one TA');
  });

  it('a list of separate supports is still kept as separate rows', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [DRESS] }));
    await toProvides(chat, 'do her buttons up by herself');
    await chat.say('an OT, a visual timetable and extra time in the mornings');
    const rows = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});
