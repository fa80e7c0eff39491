import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';
import { OLIVER } from './oliverSeed';

/*
 * A dad asks about his rights at "add another outcome?": "can the council refuse to do the EHC
 * assessment?". A question is never a yes: the bot says kindly where to get advice, keeps nothing,
 * and asks "another outcome?" again.
 */

const SEED = parentSeed(OLIVER, [{ text: 'to be happy at school', theme: 'learning_and_work', needs: ['he finds lunchtime too loud'] }]);

async function firstOutcome(chat: Transcript): Promise<void> {
  for (const m of ['Oliver will eat lunch in the hall with his class', 'by the end of year 5', 'his TA will see him eat in the hall 3 days a week', 'he would feel less stressed', 'he could make friends at lunch', 'a lunch club at school']) {
    if (chat.step === Step.outcomeConfirm) break;
    await chat.say(m);
  }
  await chat.say('yes');
  expect(chat.step).toBe(Step.outcomeAnother);
}

describe('a question about rights at "add another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([['can the council refuse to do the EHC assessment?'], ['what if the council say no to the assessment'], ['can we appeal if they refuse?']])('"%s" is no yes: advice is signposted and the question asked again', async (asked) => {
    ({ chat } = await startWith(SEED));
    await firstOutcome(chat);
    const said = saidIn(await chat.say(asked));
    expect(said).toMatch(/information, advice and support/i);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"yes, he could join a club at lunch" is still a yes with a new step', async () => {
    ({ chat } = await startWith(SEED));
    await firstOutcome(chat);
    await chat.say('yes, he could join a club at lunch');
    expect(chat.step).not.toBe(Step.outcomeAnother);
  });
});
