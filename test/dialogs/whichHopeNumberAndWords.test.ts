import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * At "which hope next?" a parent types the number and a few words together ("3, the chef one").
 * When both point at the same hope, that hope's step is asked; when they point at two, the bot asks
 * which one, and starts neither.
 */
const HOPES = [
  { text: 'to make friends at school', theme: 'friends_and_community' as const, needs: ['he gets upset in the playground'] },
  { text: 'to get dressed by himself', theme: 'independent_living' as const, needs: ['buttons are hard for him'] },
  { text: 'to be a chef when he grows up', theme: 'learning_and_work' as const, needs: ['he cannot use a knife safely yet'] },
  { text: 'to go swimming with his dad', theme: 'health_and_wellbeing' as const, needs: ['he is scared of water'] },
];

/** The friends hope already has its outcome, so the list reads 1 dressed, 2 chef, 3 swimming. */
function friendsDone(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By July 2027, Sam will say hello to a friend.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'his teacher sees it', confirmed: true });
}

const sam = (change?: (d: Draft) => Draft) =>
  parentSeed({ name: 'Sam', age: 9, schoolYear: 4 }, HOPES, {
    ...(change ? { change } : {}),
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
  });

describe('a number and words together at "which hope next?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['3, the chef one', 'the chef one, number 3', '3 - chef'])('"%s" when number 3 is the chef hope asks the chef step', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(sam()));
    await chat.say('yes');
    expect(chat.lastQuestion?.activity.text).toMatch(/3: "to be a chef/);
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[2]!.id);
    expect(chat.lastQuestion?.activity.text).toMatch(/chef/);
  });

  it('"3, the chef one" when number 3 is swimming asks which, then "the chef one" starts the chef hope', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(sam(friendsDone)));
    await chat.say('yes');
    expect(chat.lastQuestion?.activity.text).toMatch(/2: "to be a chef[^\n]*\n\n3: "to go swimming/);
    const replies = await chat.say('3, the chef one');
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect(said).toMatch(/Number 3 .*swimming.*chef.*Which one/s);
    expect(chat.step).toBe(Step.outcomeAnother);
    // Only the two hopes meant are offered now.
    expect(chat.lastQuestion?.activity.text).toMatch(/1: "to be a chef[^\n]*\n\n2: "to go swimming/);
    await chat.say('the chef one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[2]!.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(JSON.stringify(draft)).not.toMatch(/chef one/);
  });
});
