import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Grace, Oliver's mum, corrects the plan at the review in long careful sentences. Each correction
 * goes where she means: a help item she asks to delete is taken out (not reworded with her
 * sentence), a "leave that one" changes nothing, an outcome "should be under" a hope moves there.
 */

/** Oliver, 4: a talking hope with a confirmed outcome and two help items, and a toilet outcome. */
function graceDraft(draft: Draft): Draft {
  const talk = confirmedOutcome(draft, 0, 'By the end of Reception (July 2027), Oliver will ask for what he wants using signs, pictures or words.', {
    timeframe: { phrase: 'by the end of Reception', date: '2027-07-22' },
    measure: 'his teacher says he asks for snack himself',
    doesForMe: 'he will be less frustrated',
  });
  let next = addProvision(talk.draft, talk.id, 'speech and language therapy every week', 'health').draft;
  next = addProvision(next, talk.id, 'he gets cross when people do not understand him', 'education').draft;
  const toilet = confirmedOutcome(next, 1, 'By the end of Reception (July 2027), Oliver will use the toilet at school with a reminder.', {
    timeframe: { phrase: 'by the end of Reception', date: '2027-07-22' },
    measure: 'he is dry most days',
  });
  return addProvision(toilet.draft, toilet.id, 'staff take him to the toilet every hour with a picture card', 'education').draft;
}

const GRACE: Seed = parentSeed({ name: 'Oliver', age: 4, schoolYear: 0 }, [
  { text: 'to be able to tell us what he wants', theme: null, needs: ['he has very few words'] },
  { text: 'to settle into Reception', theme: null, needs: ['new places upset him'] },
  { text: 'to be happy and independent', theme: 'independent_living', needs: [] },
], { change: graceDraft, at: atReviewSummary });

describe('Grace, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Please delete that one, it\'s not help he needs, I was just explaining." about a help item takes it out after a yes', async () => {
    ({ chat } = await startWith(GRACE));
    await chat.say('change something');
    await chat.say('8');
    const asked = saidIn(await chat.say("Please delete that one, it's not help he needs, I was just explaining."));
    expect(asked).toMatch(/he gets cross/);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    await chat.say('yes');
    const help = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text);
    expect(help).toEqual(['speech and language therapy every week']);
  });

  it('"No, leave that one as it is. It\'s the \'what it would do for him\' part I meant" changes nothing and asks for that part', async () => {
    ({ chat } = await startWith(GRACE));
    await chat.say('change something');
    await chat.say('6');
    expect(saidIn(await chat.say('how we will know'))).toMatch(/asks for snack/);
    const asked = saidIn(await chat.say("No, leave that one as it is please. It's the 'what it would do for him' part I meant, not how we will know."));
    expect(asked).toMatch(/he will be less frustrated/);
    expect(chat.step).toBe(Step.reviewChange);
    const talk = (await chat.draft())!.outcomes[0]!;
    expect(talk.measure).toBe('his teacher says he asks for snack himself');
    expect(talk.doesForMe).toBe('he will be less frustrated');
    await chat.say('he would not get so upset');
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('he would not get so upset');
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('his teacher says he asks for snack himself');
  });

  it('"what it would make possible" typed at the review asks for that part of the outcome and keeps the answer there', async () => {
    ({ chat } = await startWith(GRACE));
    await chat.say('change something');
    await chat.say('6');
    await chat.say('what it would make possible for him');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('he could join in at nursery');
    const talk = (await chat.draft())!.outcomes[0]!;
    expect(talk.makesPossible).toBe('he could join in at nursery');
    expect(talk.statement).toMatch(/^By the end of Reception/);
  });

  for (const before of [[], ['change something'], ['change something', '7'], ['change something', '8'], ['change something', '9']]) it(`"The toilet outcome should be under the hope about being happy and independent" moves that outcome, after a yes (after ${before.join(', ') || 'nothing'})`, async () => {
    ({ chat } = await startWith(GRACE));
    for (const typed of before) await chat.say(typed);
    const asked = saidIn(await chat.say('The toilet outcome should be under the hope about being happy and independent'));
    expect(asked).toMatch(/toilet/);
    expect(asked).toMatch(/happy and independent/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    const toilet = draft.outcomes.find((o) => /toilet/.test(o.statement))!;
    expect(toilet.aspirationId).toBe(draft.aspirations[2]!.id);
    expect(draft.outcomes.flatMap((o) => o.provision.map((p) => p.text))).toContain('he gets cross when people do not understand him');
  });
});
