import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Ryan (15) gave "christmas" as the time: soon, so the bot asked whether it is a first step or a short
 * step to keep. "dunno what that means. just keep it" keeps it as a short step at once: the question is
 * never explained twice over and never asked again after "keep it".
 */
function sleepStarted(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'I will get to sleep with music instead of smoking.', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}
const RYAN: Seed = {
  today: '2026-12-07',
  name: 'Ryan',
  age: 15,
  hopes: [{ text: 'sleep more', theme: 'health_and_wellbeing', needs: ['my brain wont shut up'] }],
  change: sleepStarted,
  at: atOutcome(Step.outcomeWhen, { outcome: 0 }),
};

describe('"just keep it" beside "what does that mean?" at the short-step choice', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['dunno what that means. just keep it', 'idk what u mean, keep it', 'what does that mean? leave it as it is'])('%j keeps the soon time as a short step', async (typed) => {
    ({ chat } = await startWith(RYAN));
    await chat.say('christmas');
    const said = saidIn(await chat.say(typed));
    // What the choice means may be said once; never twice over, and the choice is made.
    expect((said.match(/more simply/gi) ?? []).length).toBeLessThanOrEqual(1);
    expect(said).toMatch(/kept .* as a short step/);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toMatch(/christmas/i);
  });

  it('"dunno what that means" alone is explained once, in plainer words, and asked again', async () => {
    ({ chat } = await startWith(RYAN));
    await chat.say('christmas');
    const said = saidIn(await chat.say('dunno what that means'));
    expect(said.match(/more simply/gi) ?? []).toHaveLength(1);
    expect(chat.step).toBe(Step.outcomeWhen);
  });
});
