import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const COOK: SeedHope = { text: 'I want to cook my own tea', theme: 'independent_living', needs: ['I cant use the oven safely'] };
const BUS: SeedHope = { text: 'getting the bus on my own', theme: 'independent_living', needs: ['I get lost'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['I get nervous talking to people'] };
const TALK: SeedHope = { text: 'talk to other kids at nursery', theme: 'friends_and_community', needs: ['she only says a few words'] };

const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

/** One confirmed outcome for the first hope, so "another?" is the open question. */
function oneOutcomeDone(draft: Draft): Draft {
  const hope = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2026, I will make beans on toast on my own.', aspirationId: hope.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2026', date: '2026-07-31' }, measure: 'mum sees me', confirmed: true });
}

describe('coaching at the outcome steps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('uses how everyone will know when it is said with the step, as a field of its own', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK] }));
    await chat.say('cook 3 meals on my own by the end of year 11 and my mum will know cos she wont have to help');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('my mum will know cos she wont have to help');
    expect(outcome.statement).not.toContain('know');
    await chat.say('i would feel grown up');
    await chat.say('i could live with my mate one day');
    await chat.say('cooking lessons at college');
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 11, I will cook 3 meals on my own.');
  });

  it('uses the date said with the measure, and does not ask by when', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [BUS] }));
    await chat.say('take the bus to college on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by the end of year 11, my mum will see cos i text her when i get there');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('my mum will see cos i text her when i get there');
  });

  it('keeps "so i can ..." in the step and as what it makes possible, not asking it again', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [FRIENDS] }));
    await chat.say('go to youth club every week so i can make friends');
    await chat.say('by the end of year 11');
    await chat.say('the youth worker ticks the register');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    await chat.say('i would feel less lonely');
    expect(chat.step).toBe(Step.outcomeProvides);
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toBe('i can make friends');
  });

  it('keeps an answer about proof as the measure, even when it names a person or a chart', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [BUS] }));
    await chat.say('get the bus to town on my own by the end of year 11');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('a sticker chart');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toBe('a sticker chart');
    expect(outcome.provision).toEqual([]);
  });

  it('what makes it hard, said at the step, is kept as a need of that hope and a step asked for', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Tia', age: 16, schoolYear: 11, hopes: [{ text: 'work in a nursery with little kids', theme: 'learning_and_work', needs: [] }] }));
    const replies = await chat.say('i get really nervous and i dont know how to apply for college and my reading isnt great so forms are hard');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(texts(replies)).toMatch(/makes this hard/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(draft.needs.map((n) => n.text)).toEqual(['i get really nervous and i dont know how to apply for college and my reading isnt great so forms are hard']);
    await chat.say('fill in my college application form on my own by christmas');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.needIds).toEqual([draft.needs[0]!.id]);
  });

  it('a long spoken answer reads back as a tidy sentence; why it matters is kept as what it would do for them', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Sam', age: 14, schoolYear: 9, hopes: [{ text: 'be a game designer', theme: 'learning_and_work', needs: [] }] }));
    const long = 'well basically what i really want is to be able to make my own little game in scratch or something like that and show it to my class at the end of year 10 because that would show everyone i can actually do it';
    await chat.say(long);
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('my teacher marks it');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('get into college');
    await chat.say('a laptop');
    expect(chat.lastQuestion?.activity.text).toContain('At the end of Year 10, I will be able to make my own little game in scratch and show it to my class.');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.doesForMe).toBe('that would show everyone i can actually do it');
    expect(outcome.inTheirWords).toBe(long);
    expect(outcome.provision[0]?.by).toBe('education');
  });

  it('a parent who is not sure gets ideas about their child, not in the first person', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Maisie', age: 4, schoolYear: -1, hopes: [TALK] }));
    const replies = await chat.say('im not sure');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(texts(replies)).toContain('Maisie will');
    expect(texts(replies)).not.toMatch(/"I will/);
  });

  it('a one-word "play" is coached, and is never kept as what the outcome would do for the child', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Leo', age: 4, schoolYear: -1, hopes: [TALK] }));
    await chat.say('play');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('play next to another child at nursery for 5 minutes in 6 months');
    await chat.say('nursery staff will write it in his diary');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? null).toBeNull();
  });

  it('a vague "do better at things" is coached, never kept as what it would do for them, and that question is asked', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [FRIENDS] }));
    await chat.say('do better at things');
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('go to youth club every week by the end of year 11');
    await chat.say('the youth worker ticks the register');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.doesForMe ?? null).toBeNull();
  });

  it('"be happy" answers what it would do for them, so that question is not asked again', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [FRIENDS] }));
    await chat.say('be happy');
    await chat.say('go to youth club every week by the end of year 11');
    await chat.say('the youth worker ticks the register');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('be happy');
  });

  it('"ye the bus one" at "another?" asks the step question for the bus hope', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK, BUS, FRIENDS], change: oneOutcomeDone,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    }));
    const bus = (await chat.draft())!.aspirations[1]!;
    await chat.say('ye the bus one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(bus.id);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('"ye the flat one" names a hope with no need written down, and asks its step', async () => {
    ({ chat } = await startWith({
      today: '2025-03-10', name: 'Jay', age: 15, schoolYear: 10, hopes: [COOK, { text: 'live with my mate in a flat', theme: 'friends_and_community', needs: [] }], change: oneOutcomeDone,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    }));
    const flat = (await chat.draft())!.aspirations[1]!;
    await chat.say('ye the flat one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(flat.id);
  });

  for (const [said, named] of [
    ['yes the exams one', 1],
    ["Yes please, I'd like to add one about the toilet", 2],
  ] as const) {
    it(`"${said}" at "another?" finds the hope its words name and asks that hope's step, keeping no words`, async () => {
      ({ chat } = await startWith({
        today: '2025-03-10', name: 'Jay', age: 12, schoolYear: 7, change: oneOutcomeDone,
        hopes: [COOK, { text: 'pass my GCSEs', theme: 'learning_and_work', needs: [] }, { text: 'go to the loo on my own at school', theme: 'independent_living', needs: [] }],
        at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
      }));
      const hope = (await chat.draft())!.aspirations[named]!;
      await chat.say(said);
      expect(chat.step).toBe(Step.outcomeStep);
      expect(chat.lastQuestion?.topic).toBe(hope.id);
      expect((await chat.draft())!.outcomes).toHaveLength(1);
    });
  }

  it('speaks to a parent about their child by name, and reads the outcome as "Maisie will ..."', async () => {
    ({ chat } = await startWith({ today: '2025-03-10', who: 'parent_carer', name: 'Maisie', age: 4, schoolYear: -1, hopes: [TALK] }));
    const replies = await chat.say('she need more speech therapy');
    expect(texts(replies)).toContain('help Maisie might need');
    expect(texts(replies)).not.toMatch(/help you might need/);
    await chat.say('he will he say 20 words so she can ask for a drink');
    await chat.say('in 6 months');
    await chat.say('she says them without us helping');
    await chat.say('she would be less cross');
    await chat.say('makaton at nursery');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const readBack = chat.lastQuestion?.activity.text ?? '';
    expect(readBack).toContain('Maisie will say 20 words so she can ask for a drink.');
    expect(readBack).not.toMatch(/will he|I will she/);
  });
});
