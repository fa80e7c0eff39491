import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Dev (17, first year at college, catering level 1) says two things to do in one answer. The bot
 * starts with the first and keeps the second for the next outcome. "both by next summer" at "by
 * when?" is the time for both: the phrase is "next summer", and the second outcome is not asked it
 * again. Offered the second as his next outcome, "yeah the placement one" takes it at once.
 */
const dev = async () => {
  const { chat } = await startWith({ today: '2026-12-06', name: 'Dev', age: 17, hopes: [{ text: 'be a chef', theme: 'learning_and_work', needs: ['i cant see small print on recipes'] }] });
  await chat.say('pass my level 1 and get a work placement in a real kitchen');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
};

const ANSWERS: Record<string, string> = {
  [Step.outcomeMeasure]: 'my tutor signs it off',
  [Step.outcomeDoesForMe]: 'i feel proud',
  [Step.outcomeMakesPossible]: 'get a job in a kitchen',
  [Step.outcomeProvides]: 'large print recipes',
};

/** Answers until "another outcome?", collecting what the bot said. */
async function toAnother(chat: Transcript): Promise<string> {
  const said: string[] = [];
  for (let turn = 0; turn < 10 && chat.step !== Step.outcomeAnother; turn++) said.push(saidIn(await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes')));
  expect(chat.step).toBe(Step.outcomeAnother);
  return said.join('\n');
}

describe('"both by next summer" after two things to do were split', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['both by next summer', 'by next summer for both', 'both of them by next summer', 'the two of them by next summer'])('"%s": the phrase is "next summer"', async (typed) => {
    chat = await dev();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.phrase).toBe('by next summer');
    expect(saidIn(await chat.say(ANSWERS[Step.outcomeMeasure]!))).not.toMatch(/both/i);
  });

  it.each(['yeah the placement one', 'yes that one', 'yeah the work placement', 'yes do that one'])(
    '"%s" at "another outcome?" takes the offered step, with the time said for both',
    async (typed) => {
      chat = await dev();
      await chat.say('both by next summer');
      const said = await toAnother(chat);
      expect(said).toContain('You also said "get a work placement in a real kitchen"');
      expect(said).not.toMatch(/\bboth\b/i);
      expect(said).toContain('By next summer (July 2027), I will pass my level 1');
      await chat.say(typed);
      const second = (await chat.draft())!.outcomes[1]!;
      expect(second.statement).toMatch(/^get a work placement in a real kitchen\b/);
      expect(second.timeframe?.phrase).toMatch(/^(?:by )?next summer$/);
      expect(chat.step).toBe(Step.outcomeMeasure);
      expect(await toAnother(chat)).toContain('By next summer (July 2027), I will get a work placement in a real kitchen.');
    },
  );

  it('a time for the first only ("by next summer"): the second is asked its own, with that time offered, and "same" takes it', async () => {
    chat = await dev();
    await chat.say('by next summer');
    await toAnother(chat);
    await chat.say('yeah the placement one');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.activity.text).toContain('next summer');
    await chat.say('same');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[1]!.timeframe?.phrase).toMatch(/next summer/);
    expect((await chat.draft())!.outcomes[1]!.statement).toMatch(/get a work placement in a real kitchen\b/);
  });
});
