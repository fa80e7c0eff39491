import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const TODAY = '2026-12-02';
const CLUB: SeedHope = { text: 'Have more friends', theme: 'friends_and_community', needs: ['Busy places make me worried'] };
const TALK: SeedHope = { text: 'Maisie will talk more and make friends', theme: 'friends_and_community', needs: ['She cannot say what she wants yet'] };

const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

const year9 = () => startWith({ today: TODAY, name: 'Jay', age: 14, schoolYear: 9, hopes: [CLUB] });
const parentOfFourYearOld = () => startWith({ today: TODAY, who: 'parent_carer', name: 'Maisie', age: 4, hopes: [TALK] });

describe('"by when?" in the person\'s own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offers a Year 9 only times ahead that fit their year', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toEqual(['End of this school year', 'End of Year 11', 'In 6 months']);
  });

  it('says kindly that Christmas is soon, and "keep it as a short step" keeps it without asking the bigger goal\'s date', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    const soon = await chat.say('by christmas');
    expect(texts(soon)).toMatch(/soon/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    const kept = await chat.say('keep it as a short step');
    expect(texts(kept)).not.toMatch(/bigger goal/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'by christmas', date: '2026-12-18' });
    expect(outcome.steps ?? []).toEqual([]);
    await chat.say('my youth worker signs me in');
    await chat.say('I would feel less lonely');
    await chat.say('I could make friends outside school');
    await chat.say('nothing');
    expect(chat.lastQuestion!.activity.text).toMatch(/By Christmas.*I will go to youth club every week\./);
  });

  it.each(['idk what that means', 'what do you mean?', "i don't get it"])('"%s" at the step-or-bigger-goal question gets a plain explanation, then the choice', async (typed) => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    await chat.say('asap. after half term');
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    const explained = await chat.say(typed);
    expect(texts(explained)).not.toMatch(/didn't catch/i);
    expect(texts(explained)).toMatch(/more simply/i);
    expect(chat.lastQuestion?.choices).toEqual(['A step to something bigger', 'Keep it as a short step']);
    await chat.say('keep it as a short step');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('"By when?" is asked at most twice in one outcome, even after the measure', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    const all: string[] = [];
    for (const answer of ['whenever really', 'not fussed', 'my youth worker signs me in', 'I would feel less lonely']) all.push(texts(await chat.say(answer)));
    const byWhen = all.join('\n').match(/by when/gi) ?? [];
    // The first "by when?" came with the step; at most one more after it.
    expect(byWhen.length).toBeLessThanOrEqual(1);
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });

  it('makes a short time a step towards something bigger and asks what it leads to', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club once');
    await chat.say('before xmas');
    // Stored before the bot replies, as a short step under the outcome.
    expect((await chat.draft())!.outcomes[0]!.steps).toEqual([{ text: 'go to youth club once', timeframe: { phrase: 'before xmas', date: '2026-12-18' } }]);
    await chat.say('A step to something bigger');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('go to youth club every week and talk to two new people');
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(draft.outcomes[0]!.statement).toBe('go to youth club every week and talk to two new people');
    expect(draft.outcomes[0]!.steps).toEqual([{ text: 'go to youth club once', timeframe: { phrase: 'before xmas', date: '2026-12-18' } }]);
  });

  it('never takes a time already gone for a Year 9, and says so', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    const gone = await chat.say('by year 7');
    expect(texts(gone)).toMatch(/already gone/i);
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('when im 16');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'when im 16', date: '2029-07-20' });
  });

  for (const [typed, date] of [
    ['by the time she starts school', '2027-07-22'],
    ['next september', '2027-09-30'],
    ["when she's 5", '2027-07-22'],
  ] as const) {
    it(`understands a parent's "${typed}" at once`, async () => {
      ({ chat } = await parentOfFourYearOld());
      await chat.say('she will say two words together to ask for a snack');
      expect(chat.step).toBe(Step.outcomeWhen);
      await chat.say(typed);
      expect(chat.step).toBe(Step.outcomeMeasure);
      expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: typed, date });
    });
  }



  it('moves on after two answers it cannot read, without asking a third time', async () => {
    ({ chat } = await parentOfFourYearOld());
    await chat.say('she will say two words together to ask for a snack');
    await chat.say('whenever she is ready');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('not fussed really');
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it('keeps a soon time as they said it when they give it again', async () => {
    ({ chat } = await year9());
    await chat.say('go to youth club every week');
    await chat.say('by christmas');
    const kept = await chat.say('by christmas');
    expect(texts(kept)).toMatch(/as you said/i);
    expect(chat.step).toBe(Step.outcomeMeasure);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'by christmas', date: '2026-12-18' });
    expect(outcome.steps ?? []).toEqual([]);
  });
});
