import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/* Destiny, 16, Year 11, types short lowercase text-speak: what she types is read as she means it. */

const ANIMALS: SeedHope = { text: 'work with animals', theme: 'learning_and_work', needs: ['reading long words'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');
const destiny = (at: Seed['at'], change?: Seed['change']): Seed => ({ today: '2026-12-03', name: 'Destiny', age: 16, schoolYear: 11, hopes: [ANIMALS], at, ...(change ? { change } : {}) });

describe('a remark at a yes / no question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"omg my nan just made chips lol" at "another hope?" is not a hope, and yes / no is asked again', async () => {
    ({ chat } = await startWith(destiny(() => ({ stage: 'hopes', step: Step.hopesMore }))));
    const replies = await chat.say('omg my nan just made chips lol');
    expect(texts(replies)).toMatch(/haven't kept that/i);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work with animals']);
    await chat.say('yes be a vet');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work with animals', 'be a vet']);
  });

  it('a plain hope at "another hope?" is still kept', async () => {
    ({ chat } = await startWith(destiny(() => ({ stage: 'hopes', step: Step.hopesMore }))));
    await chat.say('learn to drive lol');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['work with animals', 'learn to drive']);
  });

  it('the same remark at "anything else hard?" is not a hard thing', async () => {
    ({ chat } = await startWith(destiny((d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }))));
    await chat.say('omg my nan just made chips lol');
    expect(chat.step).toBe(Step.needsMore);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['reading long words']);
  });

  it('the same remark at "another outcome?" is not the next step', async () => {
    ({ chat } = await startWith(destiny(() => ({ stage: 'outcomes', step: Step.outcomeAnother }))));
    await chat.say('my dog just ate my sock haha');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});

const CHIPS: SeedHope = { text: 'omg my nan just made chips', theme: null, needs: [] };

describe('an earlier answer taken out by its words, at any question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const withChips = (at: Seed['at']): Seed => ({ ...destiny(at), hopes: [ANIMALS, CHIPS] });
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it('"wait no the chips thing isnt a hope delete that" at "another hope?" takes it out after a yes, then asks again', async () => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesMore }))));
    const asked = await chat.say('wait no the chips thing isnt a hope delete that');
    expect(asked.map((a) => a.text).join('\n')).toMatch(/made chips/);
    expect(await hopes()).toEqual(['work with animals', CHIPS.text]);
    await chat.say('yes');
    expect(await hopes()).toEqual(['work with animals']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"delete chips" at a theme question takes out that hope after a yes, and the same theme is asked again', async () => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }))));
    await chat.say('delete chips');
    await chat.say('ye');
    expect(await hopes()).toEqual(['work with animals']);
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.topic).toBe('independent_living');
  });

  // One word said plainly names the whole hope; only marked words ("the word chips") come out of a hope.
  it.each(['remove chips pls', 'can u delete chips', 'delete the chips'])('"%s" at a theme question takes out that hope after a yes', async (typed) => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }))));
    await chat.say(typed);
    expect(await hopes()).toEqual(['work with animals', CHIPS.text]);
    await chat.say('yes');
    expect(await hopes()).toEqual(['work with animals']);
  });

  it('"take out the word chips" takes only that word out of the hope', async () => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }))));
    await chat.say('take out the word chips');
    expect(await hopes()).toEqual(['work with animals', 'omg my nan just made']);
  });

  it.each(['delete chips. my dad hits me', 'delete chips. he touches me', 'delete chips, they take my money', 'delete chips. i want to die', 'delete chips. i cut myself'])(
    '"%s" is heard as a disclosure',
    async (typed) => {
      ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }))));
      await chat.say(typed);
      expect(chat.step).toBe(Step.safeguardingCheck);
    },
  );

  it('"delete that 1 2" is never kept as a hope', async () => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }))));
    await chat.say('delete that 1 2');
    expect(await hopes()).not.toContain('delete that 1 2');
  });

  it('"remove the stress of exams", naming nothing kept, is a hope as typed', async () => {
    ({ chat } = await startWith(withChips(() => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'health_and_wellbeing' }))));
    await chat.say('remove the stress of exams');
    expect(await hopes()).toContain('remove the stress of exams');
  });
});

describe('a part said not to be a hard thing at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const withHelp = samAtReview(11, [{ text: 'go to college', theme: 'learning_and_work', needs: ['i get lost', 'she comes wiv me to new places'] }], (d) =>
    withConfirmedOutcomes(d, () => ({ statement: 'By July 2026, I will get the bus to college on my own.', timeframe: { phrase: 'by july', date: '2026-07-31' } })),
  );
  const needs = async () => (await chat.draft())!.needs.map((n) => n.text);

  it('"she comes wiv me to new places isnt a hard thing" where new words are asked is read back to take out; "no. take it out" takes it out', async () => {
    ({ chat } = await startWith(withHelp));
    await chat.say('change');
    await chat.say('3');
    const asked = await chat.say('she comes wiv me to new places isnt a hard thing');
    expect(asked.map((a) => a.text).join('\n')).toMatch(/take .*out/i);
    expect(await needs()).toEqual(['i get lost', 'she comes wiv me to new places']);
    await chat.say('no. take it out');
    expect(await needs()).toEqual(['i get lost']);
  });

  it('said while choosing which part to change, the same part is read back to take out', async () => {
    ({ chat } = await startWith(withHelp));
    await chat.say('change');
    await chat.say('she comes wiv me to new places isnt a hard thing');
    await chat.say('ye');
    expect(await needs()).toEqual(['i get lost']);
  });

  it('new words for the part are still kept as its new words', async () => {
    ({ chat } = await startWith(withHelp));
    await chat.say('change');
    await chat.say('3');
    await chat.say('i need someone with me in new places');
    expect(await needs()).toEqual(['i get lost', 'i need someone with me in new places']);
  });
});

describe('questions about words in text-speak', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const atReview = samAtReview(11, [{ text: 'go to college', theme: 'learning_and_work', needs: ['i get lost'] }], (d) =>
    withConfirmedOutcomes(d, () => ({ statement: 'By July 2026, I will get the bus to college on my own.', timeframe: { phrase: 'by july', date: '2026-07-31' } })),
  );

  it.each([['wot does goal mean'], ['i asked wot goal means??'], ['wats a outcome']])('"%s" at the read-back explains the word, and asks again', async (typed) => {
    ({ chat } = await startWith(atReview));
    const replies = await chat.say(typed);
    expect(texts(replies)).toMatch(/An outcome is/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"wat does provision mean" at "another hope?" explains the word and keeps nothing', async () => {
    ({ chat } = await startWith(destiny(() => ({ stage: 'hopes', step: Step.hopesMore }))));
    const replies = await chat.say('wat does provision mean');
    expect(texts(replies)).toMatch(/Provision means/);
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations).toHaveLength(1);
  });

  it('"wot code" at the code question is answered as "what code" is', async () => {
    ({ chat } = await startWith(destiny(() => ({ stage: 'welcome', step: Step.welcomeInvite }))));
    await chat.say('wot code');
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });
});

describe('agreeing with the read-back in text-speak', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const atReview = samAtReview(11, [{ text: 'go to college', theme: 'learning_and_work', needs: ['i get lost'] }], (d) =>
    withConfirmedOutcomes(d, () => ({ statement: 'By July 2026, I will get the bus to college on my own.', timeframe: { phrase: 'by july', date: '2026-07-31' } })),
  );

  it.each([['looks gd'], ['all gd'], ['ye looks ok']])('"%s" means it looks good', async (typed) => {
    ({ chat } = await startWith(atReview));
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.reviewSummary);
    expect(chat.step).not.toBe(Step.reviewChange);
  });

  it('"not gd" is never agreement', async () => {
    ({ chat } = await startWith(atReview));
    await chat.say('not gd');
    expect(chat.step).not.toBe(Step.reviewDone);
  });
});

describe('"i dunno" inside an answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i get lost n i dunno wich bus" at what makes it hard is kept whole', async () => {
    ({ chat } = await startWith({ ...destiny((d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id })), hopes: [{ ...ANIMALS, needs: [] }] }));
    await chat.say('i get lost n i dunno wich bus');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i get lost n i dunno wich bus']);
  });
});
