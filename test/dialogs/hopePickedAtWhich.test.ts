import { describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { addNeed } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { closeAfterEach, saidIn } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "yes the school one": wherever the bot asks which hope, a hope is picked by a few of its own
 * words, with "yes", "the" and "one" around them. Two hopes holding the word: the bot asks again.
 */

const SCHOOL: SeedHope = { text: 'make friends at school', theme: 'friends_and_community', needs: ['i get shy'] };
const PARK: SeedHope = { text: 'go to the park on my own', theme: 'independent_living', needs: ['roads are scary'] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i cant count money'] };
const SCHOOL_WORK: SeedHope = { text: 'do well in my school work', theme: 'learning_and_work', needs: ['reading is hard'] };

async function atWhichNext(hopes: SeedHope[]): Promise<{ chat: Transcript; ids: string[] }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-02', age: 13, schoolYear: 8, hopes,
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id, data: { which: d.aspirations.map((a) => a.id).join(','), next: '1' } }),
  });
  return { chat, ids: seeded.aspirations.map((a) => a.id) };
}

async function atLink(hopes: SeedHope[]): Promise<{ chat: Transcript; ids: string[] }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-02', age: 13, schoolYear: 8, hopes,
    change: (d) => addNeed(d, 'i get lost', []).draft,
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id, data: { link: d.needs.find((n) => n.text === 'i get lost')!.id } }),
  });
  return { chat, ids: seeded.aspirations.map((a) => a.id) };
}

/** Where the bot asks which hope: how to get there, which hope was picked (if any), and what the bot asks again. */
interface Place {
  question: string;
  open: (hopes: SeedHope[]) => Promise<{ chat: Transcript; ids: string[] }>;
  picked: (chat: Transcript) => Promise<string | undefined>;
  askedAgain: StepId;
  /** Said after two school hopes: the words that pick one, and which. */
  then: readonly [string, number];
  typed: ReadonlyArray<readonly [string, number]>;
}

const TYPED = [
  ['yes the school one', 0],
  ['the park one please', 1],
  ['yeah the job one', 2],
] as const;
/** The hopes "i get lost" is linked to, or undefined when none. */
const linkedTo = async (chat: Transcript) => (await chat.draft())!.needs.find((n) => n.text === 'i get lost')?.aspirationIds.join(',') || undefined;
const PLACES: Place[] = [
  {
    question: 'which hope shall we work on next?',
    open: atWhichNext,
    picked: async (chat) => (chat.step === Step.outcomeStep ? chat.lastQuestion?.topic : undefined),
    askedAgain: Step.outcomeAnother,
    then: ['the friends one', 0],
    typed: [...TYPED, ['ok shop one', 2]],
  },
  { question: 'which hope does it get in the way of?', open: atLink, picked: linkedTo, askedAgain: Step.needsBarrier, then: ['the school work one', 2], typed: TYPED },
];

describe.each(PLACES)('a hope picked by its words at "$question"', (place) => {
  let chat: Transcript | undefined;
  closeAfterEach(() => chat);

  for (const [typed, index] of place.typed) {
    it(`"${typed}" picks hope ${index + 1}`, async () => {
      const seeded = await place.open([SCHOOL, PARK, JOB]);
      chat = seeded.chat;
      await chat.say(typed);
      expect(await place.picked(chat)).toBe(seeded.ids[index]);
    });
  }

  it('"yes the school one" with two school hopes picks nothing yet and asks which one', async () => {
    const seeded = await place.open([SCHOOL, PARK, SCHOOL_WORK]);
    chat = seeded.chat;
    const told = saidIn(await chat.say('yes the school one'));
    expect(await place.picked(chat)).toBeUndefined();
    expect(chat.step).toBe(place.askedAgain);
    expect(told).toContain('make friends at school');
    expect(told).toContain('do well in my school work');
    expect(chat.lastQuestion?.activity.text ?? '').not.toContain('go to the park');
    const [words, index] = place.then;
    await chat.say(words);
    expect(await place.picked(chat)).toBe(seeded.ids[index]);
  });
});

it('"none of them" at "which hope does it get in the way of?" (not a hope\'s words) keeps it of no hope', async () => {
  const { chat } = await atLink([SCHOOL, PARK, JOB]);
  try {
    await chat.say('none of them');
    expect(await linkedTo(chat)).toBeUndefined();
    expect(chat.step).not.toBe(Step.needsBarrier);
  } finally {
    await chat.close();
  }
});
