import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * A question typed at "how will everyone know?" ("how would I know that?") is never kept as the
 * measure: it is answered with an example, and the question is asked again.
 */

const READ: SeedHope = { text: 'Tia to read a book on her own', theme: 'learning_and_work', needs: ['she finds reading hard'] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', who: 'parent_carer', name: 'Tia', age: 7, schoolYear: 2, hopes: [READ] });
  await chat.say('Tia will read a short book to me at bedtime');
  for (let i = 0; i < 6 && chat.step !== Step.outcomeMeasure; i++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
    else break;
  }
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('a question at the measure question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['how would I know that?', 'how would i know', 'what do you mean how will everyone know?'])('%j is answered with an example and asked again, never kept', async (typed) => {
    chat = await atMeasure();
    const replies = all(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(replies).toMatch(/example/i);
    expect((await chat.draft())?.outcomes[0]?.measure ?? '').toBe('');
  });
});
