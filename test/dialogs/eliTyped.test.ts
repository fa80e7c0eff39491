import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';
import { outcomeSentence } from '../../src/language/outcomeSentence';

/*
 * What Eli (14, Year 9, a drummer) typed, each in a real turn of the chat: a season that names an
 * event ("the summer concert"), a video as how everyone would know, and a remark on the question
 * said beside the measure.
 */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const eli = (more: Partial<Seed> = {}): Seed => ({
  today: '2026-12-06', name: 'Eli', age: 14, schoolYear: 9,
  hopes: [{ text: 'be a drummer in a band', theme: 'friends_and_community', needs: ['i freeze up in front of people'] }],
  ...more,
});

describe('Eli, typing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"at the summer concert" is where it happens, not a time: the step is kept whole and "by when?" is asked', async () => {
    ({ chat } = await startWith(eli()));
    await chat.say('play a song with the school band at the summer concert without freezing up');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('play a song with the school band at the summer concert without freezing up');
    expect(outcome.timeframe).toBeNull();
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('by the summer concert');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toMatch(/^2027-07/);
  });

  it('"my dad hits me" at the step is still heard', async () => {
    ({ chat } = await startWith(eli()));
    const replies = await chat.say('my dad hits me at the summer concert');
    expect(texts(replies)).toMatch(/not OK|safe|Childline|trusted adult/i);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });

  const atMeasure = () =>
    startWith(eli({
      change: (d) => d,
      at: undefined,
    }));

  it('"id get through the whole song and mr okafor would film it" is how everyone would know', async () => {
    ({ chat } = await atMeasure());
    await chat.say('play a song with the school band without freezing up by summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const replies = await chat.say('id get through the whole song and mr okafor would film it');
    expect(texts(replies)).not.toMatch(/sounds like what it would do for you/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/^id get through the whole song and mr okafor would film it$/i);
    expect(outcome.doesForMe).toBeNull();
  });

  it('"thats how they\'d know?? i play the whole song at the concert and theres a video of it": the remark is dropped, the rest is the measure', async () => {
    ({ chat } = await atMeasure());
    await chat.say('play a song with the school band without freezing up by summer');
    await chat.say("thats how they'd know?? i play the whole song at the concert and theres a video of it");
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/^i play the whole song at the concert and theres a video of it$/i);
  });

  /** An outcome read back with its time moved to the front: "By summer (July 2027), I will play ...". */
  const timedOutcome = (draft: Draft): Draft => {
    const started = startOutcome(draft, { statement: 'play a song with the school band without freezing up by summer', aspirationId: draft.aspirations[0]!.id, needIds: [] });
    return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-22' }, measure: 'theres a video of it', doesForMe: 'I would feel proud' });
  };
  const atReadBack = () =>
    startWith(eli({
      change: timedOutcome,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
    }));

  it('"the first bit reads weird. should be: I will ..." with the words in another order is the new sentence, never "the same"', async () => {
    ({ chat } = await atReadBack());
    const replies = await chat.say('the first bit reads weird. should be: I will play a song with the school band without freezing up by summer');
    expect(texts(replies)).not.toMatch(/same as it says now/i);
    expect(texts(replies)).toMatch(/I will play a song with the school band without freezing up by summer/);
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/^I will play a song with the school band without freezing up by summer/);
  });

  it.each([
    ['typing a 500 word essay in an hour', 'I will type a 500 word essay in an hour.'],
    ['making a beat', 'I will make a beat.'],
    ['writing a song', 'I will write a song.'],
    ['baking a cake', 'I will bake a cake.'],
    ['driving to college', 'I will drive to college.'],
    ['using a laptop in lessons', 'I will use a laptop in lessons.'],
    ['practising drums every day', 'I will practise drums every day.'],
    ['sharing my music', 'I will share my music.'],
    ['hiking with my dad', 'I will hike with my dad.'],
    ['calling my nan', 'I will call my nan.'],
    ['drumming in a band', 'I will drum in a band.'],
  ])('"%s" is read back with its plain verb: "%s"', (step, shown) => {
    expect(outcomeSentence({ step, timeframe: null })).toBe(shown);
  });

  it('"typ lol. its type" at the read-back puts the spelling right and reads it back', async () => {
    ({ chat } = await startWith(eli({
      change: (draft) => {
        const started = startOutcome(draft, { statement: 'I will typ a 500 word essay in an hour.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
        return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-22' }, measure: 'my teacher times it', doesForMe: 'I would feel proud' });
      },
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeConfirm, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id } }),
    })));
    const replies = await chat.say('typ lol. its type');
    expect(texts(replies)).not.toMatch(/as one thing/i);
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/I will type a 500 word essay/);
    expect(texts(replies)).toMatch(/type a 500 word essay/);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  const atHopes = async () => {
    const started = await throughWelcome({ name: 'Eli' });
    await throughAboutMe(started);
    return started;
  };
  const hopes = async () => (await chat.draft())!.aspirations.map((a) => a.text);

  it('"be a drummer in a band and play gigs" is one hope: playing gigs is what a drummer in a band does', async () => {
    chat = await atHopes();
    await chat.say('be a drummer in a band and play gigs');
    expect(await hopes()).toEqual(['be a drummer in a band and play gigs']);
  });

  it.each([
    'the drummer and tour bit is one thing tho',
    'no thats not a hope. i meant drummer in a band and go on tour should be one hope not two',
  ])('after a split, "%s" joins the two hopes it names, and is never a hope', async (said) => {
    chat = await atHopes();
    await chat.say('be a drummer in a band and go on tour with my mates');
    expect(await hopes()).toHaveLength(2);
    await chat.say(said);
    expect(await hopes()).toEqual(['be a drummer in a band and go on tour with my mates']);
  });

  it('"i want to die" after a split is still heard', async () => {
    chat = await atHopes();
    await chat.say('be a drummer in a band and go on tour with my mates');
    const replies = await chat.say('i want to die');
    expect(texts(replies)).toMatch(/Samaritans|Childline|999/);
  });

  it('"i get 25% extra time and a laptop in exams. helps a bit" at "what already helps?": "helps a bit" is a remark about the help, not a help', async () => {
    ({ chat } = await startWith(eli({
      hopes: [{ text: 'go to college for music tech', theme: 'learning_and_work', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    })));
    await chat.say('my handwriting is slow and messy');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('i get 25% extra time and a laptop in exams. helps a bit');
    const helps = (await chat.draft())!.needs[0]!.helps ?? [];
    expect(helps.join(' | ')).toMatch(/extra time/);
    expect(helps.join(' | ')).not.toMatch(/helps a bit/);
  });

  it('"i get extra time in exams. he touches me" at "what already helps?" is still heard', async () => {
    ({ chat } = await startWith(eli({
      hopes: [{ text: 'go to college for music tech', theme: 'learning_and_work', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    })));
    await chat.say('my handwriting is slow and messy');
    const replies = await chat.say('i get extra time in exams. he touches me');
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
    expect(texts(replies)).toMatch(/Childline|trusted adult|safe/i);
  });

  it.each([
    ['before my gcses start i guess', '2029-05'],
    ['before my gcses', '2029-05'],
    ['by my mocks', '2028-12'],
  ])('"%s" at "by when?" in Year 9 is a date (%s): GCSEs start in May of Year 11', async (said, month) => {
    ({ chat } = await startWith(eli()));
    await chat.say('type my homework on a laptop');
    expect(chat.step).toBe(Step.outcomeWhen);
    const replies = await chat.say(said);
    expect(texts(replies)).not.toMatch(/couldn.t work out a date/i);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toMatch(new RegExp(`^${month}`));
  });

  const atSafe = () => startWith(eli({ hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSafe }) }));

  it('"mostly. PE changing rooms are grim tho, some lads take the mick out of how i run" is bullying, answered in proportion: kind words, who to tell, Childline, no 999 or Samaritans', async () => {
    ({ chat } = await atSafe());
    const said = texts(await chat.say('mostly. PE changing rooms are grim tho, some lads take the mick out of how i run'));
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['bullying']);
    expect(said).toMatch(/Nobody should treat you like that/);
    expect(said).toMatch(/adult you trust/);
    expect(said).toMatch(/Childline/);
    expect(said).not.toMatch(/999|Samaritans|take your things or hurt you/);
  });

  it.each([
    ['mostly. some lads push me around in the changing rooms', /999/],
    ['mostly. my dad hits me', /999/],
    ['mostly. some lads take the mick out of how i run and i want to die', /999|Samaritans/],
  ])('"%s" at "do you feel safe?" still gets the lines for danger', async (typed, lines) => {
    ({ chat } = await atSafe());
    const said = texts(await chat.say(typed));
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
    expect(said).toMatch(lines);
  });
});
