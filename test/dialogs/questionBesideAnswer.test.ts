import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jay, 16, asks the bot something in the same message as his answer. The answer is taken, the
 * question is answered, and the question is never kept.
 */

const TODAY = '2026-12-04';
const DRIVE = { text: 'pass my driving test', theme: 'independent_living' as const, needs: [] };

describe('a question said beside an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"ye thats fine wait will my teachers see this" at consent: yes taken, and who sees it said', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'welcome', step: Step.welcomeConsent }) }));
    const replies = saidIn(await chat.say('ye thats fine wait will my teachers see this'));
    expect(replies).toMatch(/key worker/);
    expect(chat.step).not.toBe(Step.welcomeConsent);
  });

  for (const said of ['ye mostly. is this gonna take long', 'nah. u didnt say how long this takes']) {
    it(`"${said}" at "do you feel safe?": how long is answered, and the answer read without the question`, async () => {
      ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));
      const replies = saidIn(await chat.say(said));
      expect(replies).toMatch(/part \d+ of \d+/);
      expect(replies).toMatch(/stop/);
      expect(replies).not.toMatch(/missed your question|What would you like to ask/);
      expect(JSON.stringify(await chat.draft())).not.toMatch(/how long|take long/);
    });
  }

  it('"proud i guess. can i skip some of these" at what it would do: kept without the question, and told about skip', async () => {
    ({ chat } = await startWith({ today: TODAY, name: 'Jay', age: 16, schoolYear: 11, hopes: [DRIVE] }));
    await chat.say('pass my theory test');
    if (chat.step === Step.outcomeWhen) await chat.say('by summer');
    if (chat.step === Step.outcomeMeasure) await chat.say('my pass certificate');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const replies = saidIn(await chat.say('proud i guess. can i skip some of these'));
    expect(replies).toMatch(/"skip" at any question/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toMatch(/^proud/);
    expect(JSON.stringify(outcome)).not.toMatch(/skip/);
  });
});
