import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typeUntil } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/* At an outcome's read-back, "change the alarm help to: ..." changes the help holding "alarm", in place. */

const WORK: SeedHope = { text: 'I want a job in a warehouse', theme: 'learning_and_work', needs: ['I forget my break times'] };

describe('a help named by its words at the outcome read-back', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('"change the alarm help to: I use a phone alarm for my shift": that help changes, no new goal', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Tariq', age: 19, hopes: [WORK] }));
    await typeUntil(chat, Step.outcomeConfirm, {
      [Step.outcomeStep]: 'I will go to my internship on time every day',
      [Step.outcomeWhen]: 'by the summer',
      [Step.outcomeMeasure]: 'my manager will tell my job coach',
      [Step.outcomeDoesForMe]: 'I would feel proud',
      [Step.outcomeMakesPossible]: 'I could get a job',
      [Step.outcomeProvides]: 'an alarm on my watch',
    });
    const replies = await chat.say('change the alarm help to: I use a phone alarm for my shift');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    const help = draft.outcomes[0]!.provision.map((p) => p.text);
    expect(help).toEqual(['I use a phone alarm for my shift']);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(saidIn(replies)).toMatch(/phone alarm/);
  });
});
