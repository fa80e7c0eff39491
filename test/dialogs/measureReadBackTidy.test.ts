import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Jess, 16: the measure as she types it is read back as a tidy sentence, with no "because" and no word twice. */

async function atTheMeasure(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-03', name: 'Jess', age: 16, schoolYear: 12,
    hopes: [{ text: 'go to art college', theme: 'learning_and_work', needs: ['i get anxious in new places'] }],
  });
  await chat.say('i will go to college 3 days a week');
  if (chat.step === Step.outcomeWhen) await chat.say('by next september');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

describe('the measure read back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['because i will have gone every week', 'How everyone will know: "I will have gone every week." Is that right?'],
    ['my mum will see me do it', 'How everyone will know: "My mum will see me do it." Is that right?'],
    ['teacher says so', 'How everyone will know: "Teacher says so." Is that right?'],
  ])('"%s" is read back as a tidy sentence', async (typed, readBack) => {
    chat = await atTheMeasure();
    await chat.say(typed);
    for (const answer of ['i would feel proud', 'i could get a job in art', 'a quiet room to start with', 'yes', 'ok']) if (chat.step !== Step.outcomeConfirm) await chat.say(answer);
    const replies = chat.lastQuestion?.activity.text;
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(replies).toContain(readBack);
  });
});
