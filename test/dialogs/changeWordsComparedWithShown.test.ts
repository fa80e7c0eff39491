import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { sameAsKept } from '../../dialogs/outcomeSameWords';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { isNotAWording } from '../../src/language/notAWording';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/* Ruby's statement shown had no quiet room; her retyped words with it are new words, never "the same". */

const FIRST = 'I will remember my ear defenders. And eat lunch in a quiet room.';
const RETYPED = 'I will remember my ear defenders and eat lunch in a quiet room.';

function shownWithoutTheRoom(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'I will remember my ear defenders.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { inTheirWords: FIRST, timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my teacher sees', doesForMe: 'I feel calm' });
}

const ruby = () =>
  startWith({
    today: '2026-12-04',
    name: 'Ruby',
    age: 12,
    schoolYear: 7,
    hopes: [{ text: 'feel calm at school', theme: 'health_and_wellbeing', needs: ['loud places are hard'] }],
    change: shownWithoutTheRoom,
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
  });

describe('new words at "Change the words" are compared with the statement shown', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('her first words, which the statement shown lacks, are new words', async () => {
    ({ chat } = await ruby());
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(sameAsKept(RETYPED, outcome, 'By July 2027, I will remember my ear defenders.')).toBe(false);
    expect(sameAsKept('I will remember my ear defenders', outcome, 'By July 2027, I will remember my ear defenders.')).toBe(true);
    await chat.say('change the words');
    const replies = saidIn(await chat.say(RETYPED));
    expect(replies).not.toMatch(/same as it says now/i);
    expect(JSON.stringify(await chat.draft())).toMatch(/quiet room/);
  });

  it('"It is not the same. Yours does not say the quiet room." is a complaint, never new words', async () => {
    expect(isNotAWording('It is not the same. Yours does not say the quiet room.')).toBe(true);
    expect(isNotAWording('you left out the quiet room')).toBe(true);
    expect(isNotAWording('I will eat lunch in a quiet room')).toBe(false);
    ({ chat } = await ruby());
    await chat.say('change the words');
    await chat.say('It is not the same. Yours does not say the quiet room.');
    expect((await chat.draft())!.outcomes[0]!.statement).not.toMatch(/not the same|does not say/i);
  });
});
