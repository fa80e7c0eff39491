import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { MIKEY } from './mikeySeed';

/*
 * Mikey, 11, in easy read, says two things to do for his big school hope. After the first outcome
 * the bot offers the second: 'You also said "get a map with colours". It can be the next one.'
 * He types "next one": that offered step is the next outcome, never "skip" (which ended the outcomes).
 */

const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'by september',
  [Step.outcomeMeasure]: 'my teacher sees',
  [Step.outcomeDoesForMe]: 'happy',
  [Step.outcomeMakesPossible]: 'make friends',
  [Step.outcomeProvides]: 'my mum',
};

async function toAnother(chat: Transcript): Promise<string> {
  const said: string[] = [saidIn(await chat.say('go to the open day and get a map with colours'))];
  for (let turn = 0; turn < 10 && chat.step !== Step.outcomeAnother; turn++) said.push(saidIn(await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes')));
  expect(chat.step).toBe(Step.outcomeAnother);
  return said.join('\n');
}

describe('"next one" after the bot offered the next step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['next one', 'ok next one', 'the next one pls', 'yeah do the next one'])('%j takes "get a map with colours" as the next one', async (typed) => {
    ({ chat } = await startWith(MIKEY));
    expect(await toAnother(chat)).toMatch(/get a map with colours/);
    // A map is help, never a goal: it is kept as help, and he is asked what it would help him do.
    expect(saidIn(await chat.say(typed))).toMatch(/map with colours/);
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('find my classes on my own');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.statement).toMatch(/find my classes on my own/);
    expect(outcomes[1]!.provision.map((p) => p.text).join(' ')).toMatch(/map with colours/);
  });

  it('"next one" with nothing offered is a yes to one more goal, never the end', async () => {
    ({ chat } = await startWith(MIKEY));
    await chat.say('go to the open day');
    for (let turn = 0; turn < 10 && chat.step !== Step.outcomeAnother; turn++) await chat.say(ANSWERS[chat.step ?? ''] ?? 'yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('next one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });
});
