import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const TODAY = '2026-12-02';
const WORK: SeedHope = { text: 'Sam will get a job with animals', theme: 'learning_and_work', needs: ['He gets anxious with new people'] };
const texts = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

/** A time said inside chatter at "By when?": only the time phrase is used, the rest never goes in the sentence. */
describe('a time said among other words at "by when?", by a parent of a Year 9', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const parent = () => startWith({ today: TODAY, who: 'parent_carer', name: 'Sam', age: 14, schoolYear: 9, hopes: [WORK] });

  for (const [said, phrase, notIn] of [
    ['dunno. make it easter then', /easter/i, /dunno|make it/i],
    ['asap. like christmas', /christmas/i, /asap|like/i],
    ['yr 10 they do work experience i think', /year 10|yr 10/i, /work experience|i think/i],
  ] as const) {
    it(`"${said}" keeps only the time`, async () => {
      ({ chat } = await parent());
      await chat.say('help out at the pet shop on saturdays');
      expect(chat.step).toBe(Step.outcomeWhen);
      const replies = texts(await chat.say(said));
      // Understood: the time is quoted back (a soon one is offered as a step on the way) or kept.
      expect(replies).not.toMatch(/couldn't work out a date/i);
      const outcome = (await chat.draft())!.outcomes[0]!;
      const kept = outcome.timeframe ?? outcome.steps?.[0]?.timeframe;
      expect(kept?.phrase).toMatch(phrase);
      expect(kept?.phrase).not.toMatch(notIn);
      expect(outcome.statement).not.toMatch(notIn);
      expect(replies).not.toMatch(notIn);
    });
  }

  it('"yr 10 they do work experience i think" never puts the work experience in the read-back', async () => {
    ({ chat } = await parent());
    await chat.say('help out at the pet shop on saturdays');
    await chat.say('yr 10 they do work experience i think');
    // A different answer to each coaching question: the same words again within seconds are the phone's copy.
    const answers = ['he would feel proud', 'he could get a saturday job', 'someone to go with him at first', 'a card with what to say'];
    for (let i = 0; i < 5 && chat.step !== Step.outcomeConfirm; i++) await chat.say(chat.step === Step.outcomeMeasure ? 'the shop owner tells me he went every week' : answers.shift() ?? 'no');
    expect(chat.step).toBe(Step.outcomeConfirm);
    const read = (await chat.draft())!.outcomes[0]!;
    expect(read.statement).not.toMatch(/work experience|i think/i);
    expect(read.timeframe?.phrase).not.toMatch(/work experience/i);
  });
});
