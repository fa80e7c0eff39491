import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Mikey, 11, says two things to do for his football hope. After the first outcome the bot offers the
 * second ("You also said 'get in the under 12s team'"). "ye the football one" (his hope's word) and
 * "i said it already get in the under 12s team" take that step; he is never asked for a step from
 * scratch, nor the same question again.
 */
const mikey = async () => {
  const { chat } = await startWith({ today: '2026-12-06', name: 'Mikey', age: 11, schoolYear: 7, hopes: [{ text: 'play football for a proper team', theme: 'health_and_wellbeing', needs: ['i get cross when i lose'] }] });
  await chat.say('go to practice every week and get in the under 12s team');
  return chat;
};

const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my coach says',
  [Step.outcomeDoesForMe]: 'happy',
  [Step.outcomeMakesPossible]: 'play matches',
  [Step.outcomeProvides]: 'my dad takes me',
};

async function toAnother(chat: Transcript): Promise<string> {
  const said: string[] = [];
  for (let turn = 0; turn < 10 && chat.step !== Step.outcomeAnother; turn++) said.push(saidIn(await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes')));
  expect(chat.step).toBe(Step.outcomeAnother);
  return said.join('\n');
}

describe('Mikey takes the step the bot offered', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ye the football one', 'i said it already get in the under 12s team', 'i said it already', 'yeah the team one'])('%j takes "get in the under 12s team"', async (typed) => {
    chat = await mikey();
    expect(await toAnother(chat)).toContain('You also said "get in the under 12s team"');
    const reply = saidIn(await chat.say(typed));
    expect(reply).not.toMatch(/one step for the next year|one thing you could do/i);
    expect(chat.step).not.toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes[1]!.statement).toMatch(/get in the under 12s team/);
  });

  it('"yes swimming" is not the offered step', async () => {
    chat = await mikey();
    await toAnother(chat);
    await chat.say('yes swimming');
    expect((await chat.draft())!.outcomes[1]?.statement ?? '').not.toMatch(/under 12s team/);
  });
});
