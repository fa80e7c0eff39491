import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CALM: SeedHope = { text: 'I want Arjun to cope at nursery', theme: 'health_and_wellbeing', needs: ['he gets overwhelmed by noise'] };

/** Fewer meltdowns, feeling listened to: what an outcome would do for a child, never help he needs. */
describe('what it would do for the child, said by a parent', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"less meltdowns. hed feel listened to" is kept as what it does for Arjun, and the next question comes', async () => {
    const { chat: c } = await startWith({
      today: '2025-03-10', who: 'parent_carer', name: 'Arjun', age: 4, schoolYear: 0, hopes: [CALM],
    });
    chat = c;
    await chat.say('use his ear defenders at carpet time');
    if (chat.step === Step.outcomeWhen) await chat.say('by the summer');
    if (chat.step === Step.outcomeMeasure) await chat.say('his key person sees him use them every day for a week');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const replies = await chat.say('less meltdowns. hed feel listened to');
    expect(replies.map((a) => a.text ?? '').join('\n')).not.toMatch(/as help/i);
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.doesForMe).toMatch(/less meltdowns/);
    expect(outcome?.provision ?? []).toEqual([]);
  });
});
