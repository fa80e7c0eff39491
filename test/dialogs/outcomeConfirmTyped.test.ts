import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const TALK: SeedHope = { text: 'I want Zofia to talk more and use more words', theme: 'friends_and_community', needs: ['She only says a few words'] };

/** Zofia's mum builds one outcome up to the read-back. */
async function toReadBack(chat: Transcript): Promise<void> {
  await chat.say('say 30 words by the end of year 4');
  if (chat.step === Step.outcomeMeasure) await chat.say('her teacher counts the words she uses');
  if (chat.step === Step.outcomeDoesForMe) await chat.say('she would be less cross');
  if (chat.step === Step.outcomeMakesPossible) await chat.say('she could play with other children');
  if (chat.step === Step.outcomeProvides) await chat.say('speech therapy every week');
  expect(chat.step).toBe(Step.outcomeConfirm);
}

describe('the read-back of an outcome, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['No it sound strange. I want: Zofia will say 50 words by the end of year 4', 'Zofia will say 50 words'],
    ['no. it should say Zofia will say 50 words by the end of year 4', 'Zofia will say 50 words'],
    ['not right, i want it to say she will use 50 words at home', '50 words at home'],
  ])('new words given with the no ("%s") are used at once and read back for a yes', async (typed, expected) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [TALK] }));
    await toReadBack(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).not.toMatch(/type it your way/i);
    expect(asked).toContain(expected);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).toContain(expected);
  });

  it.each([
    ['No thats wrong. She will say 50 words by the end of year 4. She will use them at home and at school.', 'use them at home and at school'],
    ['no. it should say Zofia will say 50 words by the end of year 4. She will use them with her friends too', 'with her friends too'],
    ['Not quite. I want: Zofia will say 50 words by the end of year 4. She will say them to her nan on the phone.', 'her nan on the phone'],
  ])('new words of two sentences after the no ("%s") are kept whole, not only the first sentence', async (typed, later) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [TALK] }));
    await toReadBack(chat);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text ?? '').toContain('50 words');
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toContain('50 words');
    expect(outcome.statement).toContain(later);
    expect(outcome.statement).not.toMatch(/wrong|not quite|i want/i);
  });

  it.each(['ok yes. I give up...', 'yes fine whatever'])('"%s" after asking for new words is a yes, met kindly', async (typed) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [TALK] }));
    await toReadBack(chat);
    await chat.say('can i change the words');
    const replies = await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(replies.map((r) => r.text ?? '').join(' ')).toMatch(/sticking with it/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(true);
    expect(outcome.statement).not.toMatch(/give up|whatever/i);
  });
});

describe('talk about an answer at the read-back of an outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['put the date back', 'she will say 30 words, no wait that was for the last question'])('"%s" never replaces the sentence', async (typed) => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Zofia', age: 8, schoolYear: 3, hopes: [TALK] }));
    await toReadBack(chat);
    const before = (await chat.draft())!.outcomes[0]!.statement;
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(before);
    expect(chat.lastQuestion?.activity.text ?? '').not.toContain(typed);
  });
});
