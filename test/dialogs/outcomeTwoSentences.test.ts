import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* Ruby (12) typed her step as two sentences, the second starting "And": neither is lost. */

const ruby = () =>
  startWith({ today: '2026-12-04', name: 'Ruby', age: 12, schoolYear: 7, hopes: [{ text: 'work with horses', theme: 'learning_and_work', needs: ['I find groups hard'] }] });

describe('a step typed as two sentences, the second starting "And"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the second sentence too', async () => {
    ({ chat } = await ruby());
    await chat.say('I could help at the stables on Saturdays. And do group work in science with Miss Khan.');
    const draft = (await chat.draft())!;
    const kept = draft.outcomes.map((o) => `${o.statement} | ${o.provision.join(' ; ')}`).join('\n');
    expect(kept).toMatch(/stables on Saturdays/i);
    expect(kept).toMatch(/group work in science/i);
  });

  it('keeps the quiet room as help', async () => {
    ({ chat } = await ruby());
    await chat.say('I will remember my ear defenders. And eat lunch in a quiet room.');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/ear defenders/i);
    expect(`${outcome.statement} ${outcome.provision.join(' ')}`).toMatch(/quiet room/i);
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
