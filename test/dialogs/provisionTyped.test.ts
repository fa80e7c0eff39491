import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const DRIVE: SeedHope = { text: 'I want to drive', theme: 'independent_living', needs: ['I have dyspraxia'] };

/** Types an outcome and its answers until the bot asks what help would make it happen. */
async function reachProvides(chat: Transcript): Promise<void> {
  await chat.say('pass my driving test by next summer');
  for (let turn = 0; turn < 6 && chat.step !== Step.outcomeProvides; turn++) {
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    else if (chat.step === Step.outcomeMeasure) await chat.say('I get my licence');
    else if (chat.step === Step.outcomeDoesForMe) await chat.say('I would feel free');
    else await chat.say('I could get to college on my own');
  }
  expect(chat.step).toBe(Step.outcomeProvides);
}

describe('provision typed in people\'s own words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['a driving instructor who knows dyspraxia and help from mum', [
      { text: 'a driving instructor who knows dyspraxia', by: 'social_care', who: 'driving instructor' },
      { text: 'help from mum', by: 'social_care', who: 'mum' },
    ]],
    ['staff training and a quiet place', [
      { text: 'staff training', by: 'education' },
      { text: 'a quiet place', by: 'education' },
    ]],
    ['signs and picture cards. Advice from the continence nurse', [
      { text: 'signs and picture cards', by: 'education' },
      { text: 'Advice from the continence nurse', by: 'health' },
    ]],
    ['a referral to the sleep clinic, a speech therapist', [
      { text: 'a referral to the sleep clinic', by: 'health' },
      { text: 'a speech therapist', by: 'health' },
    ]],
    ['a visual bedtime routine at home', [{ text: 'a visual bedtime routine at home', by: 'social_care', who: 'family' }]],
    ['a card i can show the teacher', [{ text: 'a card i can show the teacher', by: 'education' }]],
  ])('"%s" is kept as the help it is, given by who the words say', async (typed, expected) => {
    ({ chat } = await startWith({ today: '2025-03-10', age: 16, schoolYear: 11, hopes: [DRIVE] }));
    await reachProvides(chat);
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => ({ text: p.text, by: p.by, ...(p.who ? { who: p.who } : {}) }))).toEqual(expected);
  });

  it.each([
    ['a job coach, n the till with pictures on, n a money app maybe'],
    ['a job coach n a money app maybe, an the till with pictures on'],
    ['a job coach, an a money app maybe, n the till with pictures on'],
  ])('Jade\'s "%s" keeps no leading "n" or "an" on any piece of help', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [{ text: 'get a job in a shop', theme: 'learning_and_work', needs: ['maths n money'] }] }));
    await reachProvides(chat);
    await chat.say(typed);
    const items = (await chat.draft())!.outcomes[0]!.provision.map((p) => p.text).sort();
    // "maybe" is a hedge, not part of the help kept.
    expect(items).toEqual(['a job coach', 'a money app', 'the till with pictures on']);
  });
});
