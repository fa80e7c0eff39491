import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Jordan (22, easy read) points at parts with few words: "the goal", "my goal", "the job one". He
 * says "rong" for wrong. Goal words pick the goal where he is asked which part; "no the goal" is
 * never kept as a measure, a feeling or help; "rong" and "thats rong" are corrections.
 */
const JORDAN: Seed = {
  today: '2026-12-04',
  name: 'Jordan',
  age: 22,
  hopes: [{ text: 'get a paid job', theme: 'learning_and_work', needs: ['reading is hard'] }],
};
const TO_READ_BACK = ['easy read', 'get a job in a shop', 'next summer', 'i get paid', 'happy', 'buy stuff', 'job coach'];

async function jordanSays(lines: readonly string[]): Promise<Transcript> {
  const { chat } = await startWith(JORDAN);
  for (const said of lines) await chat.say(said);
  return chat;
}

describe('goal words and "rong" from someone who types few words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['rong', 'thats rong'])('"%s" at the read-back asks which part to change, and "my goal" opens the words', async (wrong) => {
    chat = await jordanSays(TO_READ_BACK);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const before = (await chat.draft())!.outcomes[0]!;
    expect(saidIn(await chat.say(wrong))).toMatch(/Which part shall we change\?/);
    expect(saidIn(await chat.say('my goal'))).toMatch(/type it your way/);
    const after = (await chat.draft())!.outcomes[0]!;
    expect(after.statement).toBe(before.statement);
    expect(after.measure).toBe('i get paid');
  });

  it.each([
    ['the measure', 3, 'measure'],
    ['how it feels', 4, 'doesForMe'],
    ['the help', 6, 'provision'],
  ] as const)('"no the goal" at %s is never kept', async (_at, upTo, field) => {
    chat = await jordanSays(TO_READ_BACK.slice(0, upTo));
    const step = chat.step;
    const replies = saidIn(await chat.say('no the goal'));
    expect(replies).not.toMatch(/saved "no the goal"/);
    expect(chat.step).toBe(step);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(JSON.stringify(outcome[field] ?? null)).not.toMatch(/no the goal/);
  });

  it('"rong" at the measure question is never kept as the measure', async () => {
    chat = await jordanSays(TO_READ_BACK.slice(0, 3));
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('rong');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.measure ?? null).toBeNull();
  });
});

describe('goal words where a part of the plan is picked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"the job one" lists the job hope and its goal; "the goal" then opens the goal', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('easy read');
    await chat.say('change it');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('the job one');
    const offered = (chat.lastQuestion?.activity.suggestedActions?.actions ?? []).map((a) => String(a.title));
    expect(offered).toHaveLength(2);
    expect(offered.join(' ')).toMatch(/job/);
    const opened = saidIn(await chat.say('the goal'));
    expect(opened).toContain('I will get a paid job');
    expect(opened).toMatch(/What should it say\?/);
  });

  it('with one goal, "my goal" at "what do you want to change?" opens that goal', async () => {
    ({ chat } = await startWith(danAtReview([], (d) => ({ ...d, outcomes: d.outcomes.slice(1) }))));
    await chat.say('easy read');
    await chat.say('change it');
    const opened = saidIn(await chat.say('my goal'));
    expect(opened).toContain('I will get a paid job');
    expect(opened).toMatch(/What should it say\?/);
  });

  it('"thats rong" at the review asks what to change', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('easy read');
    await chat.say('thats rong');
    expect(chat.step).toBe(Step.reviewChange);
  });
});
