import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { ReadingMode } from '../../src/domain/readingMode';
import type { Transcript } from '../support/transcript';
import { typeUntil } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * Mikey, 11, in easy read, answers "How will people know you did it?" as he talks: a puzzled "wat"
 * said first is his reaction to the question, never part of how people will know.
 */

const MIKEY: Seed = {
  today: '2026-12-03',
  name: 'Mikey',
  age: 11,
  schoolYear: 7,
  hopes: [{ text: 'be a youtuber', theme: 'learning_and_work', needs: ['i cant edit videos'] }],
  journey: { mode: ReadingMode.easyRead },
};

describe('a reaction said before the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['wat. il have vids lol like 5', 'il have vids like 5'],
    ['what? ill have 5 videos on my channel', 'ill have 5 videos on my channel'],
    ['huh, my teacher sees my 5 videos', 'my teacher sees my 5 videos'],
    ['eh. people can watch my videos', 'people can watch my videos'],
  ])('%j is kept without the reaction', async (typed, kept) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, Step.outcomeMeasure, {
      [Step.outcomeStep]: 'make 5 videos for my channel',
      [Step.outcomeWhen]: 'by the summer',
    });
    await chat.say(typed);
    const measure = (await chat.draft())!.outcomes[0]?.measure ?? '';
    expect(measure.toLowerCase()).toBe(kept);
  });
});

/** Mikey's video outcome, typed up to "How does this help with your dream?". */
const VIDEOS_UP_TO_MAKES_POSSIBLE = {
  [Step.outcomeStep]: 'make 5 videos for my channel',
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my teacher watches my 5 videos',
  [Step.outcomeDoesForMe]: 'id be proud',
};

describe('a taunt after why it helps the dream', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['cos youtubers make vids dur', /^cos youtubers make vids$/i],
    ['because youtubers make videos duh', /^because youtubers make videos$/i],
    ['so i can make more vids derr!', /^so i can make more vids$/i],
  ])('%j keeps the reason without the taunt', async (typed, kept) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, Step.outcomeMakesPossible, VIDEOS_UP_TO_MAKES_POSSIBLE);
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]?.makesPossible ?? '').toMatch(kept);
  });
});

describe('help said at "how does this help with your dream?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['a teacher to take me round', 'someone to show me round the big school', 'a map with colours'])('%j is kept as help, and help is not asked for again after "skip"', async (typed) => {
    ({ chat } = await startWith(MIKEY));
    await typeUntil(chat, Step.outcomeMakesPossible, VIDEOS_UP_TO_MAKES_POSSIBLE);
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.provision.length).toBeGreaterThan(0);
    if (chat.step === Step.outcomeMakesPossible) await chat.say('skip');
    expect(chat.step).not.toBe(Step.outcomeProvides);
  });
});
