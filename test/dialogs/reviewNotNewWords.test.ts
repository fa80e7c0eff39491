import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * Asked for the new words of a part at the review, a pointer ("I mean dream 3"), a command
 * ("change something") or a wish to delete is acted on or asked about, never kept as the words.
 * ("the one about the cafe" fits both the cafe hope and the cafe goal, so the bot asks which one first.)
 */

function withOutcome(draft: Draft): Draft {
  const cafe = draft.aspirations[0]!;
  const a = startOutcome(draft, { statement: 'By July 2027, I will work 10 hours a week at the cafe.', aspirationId: cafe.id, needIds: [] });
  return updateOutcome(a.draft, a.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-31' }, measure: 'my manager writes my hours down', confirmed: true });
}

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Amira',
  age: 22,
  hopes: [
    { text: 'to work more hours at the cafe', theme: 'learning_and_work', needs: ['I get tired'] },
    { text: 'to live with my friend', theme: 'independent_living', needs: ['money is hard'] },
    { text: 'to go to the gym', theme: 'health_and_wellbeing', needs: ['it is too loud'] },
  ],
  change: withOutcome,
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
};

describe('typed at "type the new words" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const openGoal = async () => {
    ({ chat } = await startWith(SEED));
    // The hope and the goal both talk about the cafe, so the bot asks which one; a person says "the goal".
    expect(said(await chat.say('I want to change the one about the cafe'))).toMatch(/Do you mean your hope or your goal about/);
    const asked = said(await chat.say('the goal'));
    expect(chat.step).toBe(Step.reviewChange);
    expect(asked).toMatch(/10 hours a week/);
  };

  it('"leave that one it is right. I mean dream 3" keeps the goal and opens dream 3', async () => {
    await openGoal();
    const asked = said(await chat.say('leave that one it is right. I mean dream 3'));
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toMatch(/10 hours a week/);
    expect(asked).toMatch(/go to the gym/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"change something" is never kept as the words', async () => {
    await openGoal();
    await chat.say('change something');
    expect(JSON.stringify(await chat.draft())).not.toMatch(/change something/);
  });

  it('"Delete that one please" asks before taking it out, and keeps no words', async () => {
    await openGoal();
    const asked = said(await chat.say('Delete that one please'));
    expect(JSON.stringify(await chat.draft())).not.toMatch(/Delete that one/i);
    expect(asked).toMatch(/\?/);
  });

  it.each([
    ['NO'],
    ['Leave it alone. Do not change it. Cancel.'],
    ['cancel'],
    ['leave it'],
    ["don't change it"],
    ['never mind'],
    ['No, leave it alone'],
  ])('"%s" while the new words are asked leaves the goal as it was and goes back to the list', async (typed) => {
    await openGoal();
    const reply = said(await chat.say(typed));
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toMatch(/10 hours a week/);
    expect(JSON.stringify(draft)).not.toMatch(new RegExp(typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
    expect(reply).toMatch(/haven't changed anything|nothing has changed/i);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"NO" then "Leave it alone. Do not change it. Cancel." keeps the words she had', async () => {
    await openGoal();
    await chat.say('NO');
    await chat.say('Leave it alone. Do not change it. Cancel.');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.statement).toMatch(/10 hours a week/);
    expect(JSON.stringify(draft)).not.toMatch(/Cancel/);
  });

  it('new words that happen to say "leave" are still kept', async () => {
    ({ chat } = await startWith(SEED));
    expect(said(await chat.say('I want to change the one about the gym'))).toMatch(/gym/);
    await chat.say('leave school at 16 and get a job');
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/leave school at 16/);
  });

  it('new words for the goal are still kept', async () => {
    await openGoal();
    await chat.say('I will work 12 hours a week at the cafe');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/12 hours/);
  });

  it('"I mean swim at the leisure centre" naming no other part is the new words', async () => {
    ({ chat } = await startWith(SEED));
    expect(said(await chat.say('I want to change the one about the gym'))).toMatch(/gym/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('I mean swim at the leisure centre');
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/swim at the leisure centre/);
  });
});
