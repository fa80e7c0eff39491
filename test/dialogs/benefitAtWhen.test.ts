import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Nia (11, Year 6) says at "by when?" what the outcome would do for her: kept as that, and the date asked again. */

const ART = { text: 'do art club at my new school', theme: 'friends_and_community' as const, needs: ['I get nervous with new people'] };

async function atByWhen(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-04', name: 'Nia', age: 11, schoolYear: 6, hopes: [ART] });
  await chat.say('go to art club every week');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('what it would do for her, said at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"id have something to show people and id feel proud" is kept as what it would do, never asked again', async () => {
    chat = await atByWhen();
    const text = saidIn(await chat.say('id have something to show people and id feel proud'));
    expect(text).toMatch(/as what it would do for you/);
    expect(text).not.toMatch(/how everyone will know/);
    expect(chat.step).toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toMatch(/feel proud/);
    expect(outcome.measure).toBeFalsy();
    await chat.say('by christmas in year 7');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-12-20');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my art teacher would tell my mum');
    expect(chat.step).not.toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toMatch(/feel proud/);
  });

  it("\"i'd have someone to sit with at lunch\" is kept as what it would do, as at the measure", async () => {
    chat = await atByWhen();
    await chat.say("i'd have someone to sit with at lunch");
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toMatch(/sit with at lunch/);
  });

  it('leave alone: how anyone would know, said at "by when?", is kept as the measure', async () => {
    chat = await atByWhen();
    await chat.say('my art teacher would tell my mum');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/teacher would tell/);
    expect(outcome.doesForMe).toBeFalsy();
  });
});
