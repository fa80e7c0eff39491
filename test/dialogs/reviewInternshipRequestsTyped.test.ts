import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { BUS, COOK, RENT, SEED } from './internReviewSeed';

/*
 * A 19-year-old on a supported internship types his changes at the review: a field of the bus
 * outcome, two changes in one message, an outcome moved to another hope, and new help for an
 * outcome. Each is read back, and after a yes the plan holds exactly what he asked.
 */

const outcomeOf = async (chat: Transcript, statement: string) => (await chat.draft())!.outcomes.find((o) => o.statement === statement);

describe('changes a young man types at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change what it would make possible for the bus one to: ..." changes that outcome\'s answer, not about him', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change what it would make possible for the bus one to: I could get to my internship on my own');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('I could get to my internship on my own');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.find((o) => o.statement === BUS)!.makesPossible).toBe('I could get to my internship on my own');
    expect(draft.aboutMe.support).toEqual(['tell me one thing at a time']);
  });

  it('"Add a hope: ... And change 8 to ..." adds the hope, then changes item 8, in turn', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('Add a hope: work in a library. And change 8 to I will cook a meal on my own every Sunday');
    expect(chat.lastQuestion!.activity.text).toContain('"work in a library"');
    expect(chat.lastQuestion!.activity.text).not.toContain('change 8');
    await chat.say('yes');
    await chat.say('not now');
    // The new hope came before it in the list, yet "8" is still the cooking outcome he saw.
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('every Sunday');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toContain('work in a library');
    expect(draft.outcomes.map((o) => o.statement)).toEqual([BUS, expect.stringContaining('cook a meal on my own every Sunday'), RENT]);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"forget it" at the first of two changes lets both go', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('Add a hope: work in a library. And change 8 to I will cook a meal on my own every Sunday');
    await chat.say('forget it');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(3);
    expect(draft.outcomes.map((o) => o.statement)).toEqual([BUS, COOK, RENT]);
  });

  it('"move the cooking outcome to the flat hope" moves it under that hope after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('move the cooking outcome to the flat hope');
    expect(chat.lastQuestion!.activity.text).toContain('live in my own flat');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    const flat = draft.aspirations.find((a) => a.text === 'live in my own flat')!;
    expect((await outcomeOf(chat, COOK))!.aspirationId).toBe(flat.id);
  });

  it.each([
    'add help for the bus outcome: my job coach comes with me once a week',
    'add my job coach comes with me once a week as help for the bus one',
  ])('%j adds that help, with how often, under the bus outcome', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('my job coach comes with me once a week');
    await chat.say('yes');
    const help = (await outcomeOf(chat, BUS))!.provision;
    expect(help.map((p) => p.text)).toEqual(['travel training', 'my job coach comes with me once a week']);
    expect(help[1]!.howOften).toBe('once a week');
    expect((await outcomeOf(chat, COOK))!.provision).toEqual([]);
  });

  it.each([
    'add help for the bus outcome: my uncle hits me when i get home late',
    'add help for the bus outcome: they make me sell stuff',
    'Add a hope: work in a library. And change 8 to i want to die',
    'Add a hope: work in a library. And change 8 to my uncle touches me',
  ])('%j is heard as a worry first', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
