import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

const READING: SeedHope = { text: 'to read books about horses on her own', theme: 'learning_and_work', needs: ['She reads at about a Year 2 level'] };
const ruby = () => startWith(parentSeed({ name: 'Ruby', age: 13, schoolYear: 8 }, [READING]));

describe('a parent of a Year 8 types answers at the outcome questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"end of year 9 is more realistic" is read as the end of Year 9', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say('end of year 9 is more realistic');
    expect(saidIn(replies)).not.toMatch(/couldn't work out/i);
    const { timeframe } = (await chat.draft())!.outcomes[0]!;
    expect(timeframe?.phrase).toMatch(/end of year 9/i);
    expect(timeframe?.date).toBe('2028-07-21');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('how everyone would know, typed at "by when?", is kept as the measure and the date is still asked for', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('hard to say really');
    const replies = await chat.say('her teacher does reading checks, so that, and she could read one to me');
    expect(saidIn(replies)).not.toMatch(/move on/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/reading checks/);
    await chat.say('end of year 9 is more realistic');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });

  it('an outcome whose date was left is asked for its date again before it is read back, then read back with it', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('hard to say really');
    const left = await chat.say("we'll see how she gets on");
    expect(saidIn(left)).toMatch(/move on/i);
    await chat.say('she could read one to me');
    await chat.say('she would feel proud');
    await chat.say('she could read about horses for fun');
    await chat.say('reading with her TA every day');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.activity.text).toMatch(/before I read it back/i);
    expect(chat.lastQuestion?.choices?.length).toBeGreaterThan(0);
    await chat.say('end of year 9');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toMatch(/By the end of Year 9.*Ruby will read a short horse story book on her own/i);
  });

  it('missed again before the read-back, the date is asked with its buttons only; skipped, the outcome is kept but not agreed', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('skip');
    await chat.say('she could read one to me');
    await chat.say('she would feel proud');
    await chat.say('she could read about horses for fun');
    await chat.say('reading with her TA every day');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('who knows');
    await chat.say('hard to say');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices?.length).toBeGreaterThan(0);
    await chat.say('skip');
    expect(chat.step).toBe(Step.outcomeAnother);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.confirmed).toBe(false);
    expect(outcome.timeframe).toBeNull();
    expect(outcome.measure).toMatch(/read one to me/);
  });

  it('"small group reading with the TA, 3 times a week" at "what help?" is kept as help with how often, and the help is not asked again', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('end of year 9');
    await chat.say('she could read one to me');
    await chat.say('confidence really');
    await chat.say('she could read about horses for fun');
    expect(chat.step).toBe(Step.outcomeProvides);
    const replies = await chat.say('small group reading with the TA, 3 times a week');
    expect(saidIn(replies)).not.toMatch(/what it would bring/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const [help] = (await chat.draft())!.outcomes[0]!.provision;
    expect(help?.text).toMatch(/small group reading with the TA/);
    expect(help?.howOften).toMatch(/3 times a week/);
  });

  it('"a sleepover one day maybe" at "what would it make possible?" is kept as that, never as help', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will go to lunch club once a week and talk to one new person');
    await chat.say('end of year 9');
    await chat.say('the lunch club staff would see her chatting');
    await chat.say('she would feel less lonely');
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const replies = await chat.say('a sleepover one day maybe');
    expect(saidIn(replies)).not.toMatch(/as help/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.makesPossible).toMatch(/sleepover/);
    expect(outcome.provision).toEqual([]);
    expect(chat.step).toBe(Step.outcomeProvides);
  });

  it('help typed at "what would it make possible?" is kept, and the help is not asked for again after it', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will go to lunch club once a week and talk to one new person');
    await chat.say('end of year 9');
    await chat.say('the lunch club staff would see her chatting');
    await chat.say('she would feel less lonely');
    const replies = await chat.say('someone at lunch club to help her start conversations');
    expect(saidIn(replies)).toMatch(/as help/i);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    await chat.say('a sleepover one day maybe');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['someone at lunch club to help her start conversations']);
    expect(outcome.makesPossible).toMatch(/sleepover/);
  });

  it('two sentences about two different hard things at "what makes this hard?" are two needs', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Ruby', age: 13, schoolYear: 8 }, [{ text: 'a sleepover with friends one day', theme: 'friends_and_community', needs: [] }], {
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    })));
    await chat.say('she struggles with reading, shes at about a year 2 level. and she gets very anxious around new people');
    expect(chat.step).toBe(Step.needsHelps);
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs).toEqual(['she struggles with reading, shes at about a year 2 level', 'she gets very anxious around new people']);
  });

  it('a rewrite led by its time is tidied like every read-back, and "nearly, but can it say ..." changes only the time', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own');
    await chat.say('end of this school year');
    for (const said of ['her teacher does reading checks', 'she would feel proud', 'she could join the library', 'reading with her TA every day']) await chat.say(said);
    expect(chat.step).toBe(Step.outcomeConfirm);
    await chat.say('nearly, but can it say by the end of year 9');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 9, Ruby will read a short horse story book on her own.');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2028-07-21');
    await chat.say('change the words');
    await chat.say('by the end of year 9 Ruby will read a short horse book to her nan');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.activity.text).toContain('By the end of Year 9, Ruby will read a short horse book to her nan.');
  });

  it('"with a bit of help" in the step is not kept as a line of help', async () => {
    ({ chat } = await ruby());
    await chat.say('Ruby will read a short horse story book on her own with a bit of help');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision).toEqual([]);
    expect(outcome.statement).not.toMatch(/bit of help/);
  });
});
