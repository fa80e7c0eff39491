import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { outcomesOf, type Transcript } from '../support/transcript';
import { typeUntil, type Typed } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Words about the chat are never kept as plan content. At every question that keeps a person's own
 * words, a question about the chat, a complaint about what the bot did, a correction or an off-topic
 * remark is answered or heard, and the same question asked again; nothing new is kept. Real answers
 * that hold a question word or a remark are kept as before.
 */

const BOXING: SeedHope = { text: 'I want to be a boxer', theme: 'health_and_wellbeing', needs: [] };
const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] };

/** What the person types on the way to each question, from a seeded start. */
const WAY: Typed = {
  [Step.outcomeStep]: 'go to the college open day with my mum',
  [Step.outcomeWhen]: 'by the summer',
  [Step.outcomeMeasure]: 'my mum will sign my sheet',
  [Step.outcomeDoesForMe]: 'I would feel proud',
  [Step.outcomeMakesPossible]: 'I could pick a course',
  [Step.outcomeProvides]: 'a quiet room',
  [Step.needsBarrier]: 'I get angry when people shout',
  [Step.needsHelps]: 'my boxing coach',
};

type Start = Parameters<typeof startWith>[0]['at'];
const needsAt = (step: StepId): Start => (d) => ({ stage: 'needs', step, topic: d.aspirations[0]!.id });

/** Where each question is asked from: a seeded draft and the question open first. */
const QUESTIONS: { step: StepId; hopes: SeedHope[]; at?: Start }[] = [
  { step: Step.aboutMeStrengths, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths }) },
  { step: Step.aboutMeImportant, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }) },
  { step: Step.aboutMeSupport, hopes: [], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) },
  { step: Step.hopesDream, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) },
  { step: Step.needsBarrier, hopes: [BOXING], at: needsAt(Step.needsBarrier) },
  { step: Step.needsHelps, hopes: [BOXING], at: needsAt(Step.needsBarrier) },
  { step: Step.needsMore, hopes: [BOXING], at: needsAt(Step.needsBarrier) },
  { step: Step.outcomeStep, hopes: [COLLEGE] },
  { step: Step.outcomeMeasure, hopes: [COLLEGE] },
  { step: Step.outcomeDoesForMe, hopes: [COLLEGE] },
  { step: Step.outcomeMakesPossible, hopes: [COLLEGE] },
  { step: Step.outcomeProvides, hopes: [COLLEGE] },
];

/** Said about the chat, never an answer. */
const CHAT_WORDS = [
  'wtf is a step',
  'what do you mean',
  'wtf does that mean',
  'are you a real person',
  'u watch the fight on saturday? canelo got robbed',
  'that wasnt an answer',
  'why did you write that',
  "Sorry, I don't understand this question",
  "what's the difference between this and the help bit?",
  'is that ok?',
  'this is long',
];

/** Real answers with a question word or a remark in them: kept as before. */
const ANSWERS: Partial<Record<StepId, string[]>> = {
  [Step.needsBarrier]: ['being asked what I mean when I cant say it'],
  [Step.needsHelps]: ['lol my coach lets me hit the pads when im angry'],
  [Step.hopesDream]: ['lol I want to be a boxer'],
  [Step.outcomeStep]: ["I want to know what to do when I'm angry"],
  [Step.aboutMeImportant]: ['lol boxing and my dog'],
};

const kept = (draft: Draft | undefined): string =>
  JSON.stringify([draft?.aspirations.map((a) => a.text), draft?.needs.map((n) => [n.text, n.helps]), draft?.outcomes, draft?.aboutMe]);
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '');

async function at(step: StepId): Promise<Transcript> {
  const question = QUESTIONS.find((q) => q.step === step)!;
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: question.hopes, ...(question.at ? { at: question.at } : {}) });
  await typeUntil(chat, step, WAY);
  return chat;
}

describe('words about the chat are never kept, at every question that keeps words', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  for (const { step } of QUESTIONS) {
    describe(step, () => {
      for (const said of CHAT_WORDS) {
        it(`"${said}" is answered, nothing kept, ${step} asked again`, async () => {
          chat = await at(step);
          const before = kept(await chat.draft());
          const replies = await chat.say(said);
          expect(kept(await chat.draft())).toBe(before);
          expect(chat.step).toBe(step);
          expect(texts(replies).join('\n')).not.toBe('');
        });
      }
      for (const answer of ANSWERS[step] ?? []) {
        it(`"${answer}" is a real answer, and kept`, async () => {
          chat = await at(step);
          const before = kept(await chat.draft());
          await chat.say(answer);
          expect(kept(await chat.draft())).not.toBe(before);
        });
      }
    });
  }
});
