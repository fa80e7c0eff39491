import type { Activity } from 'botbuilder';
import { afterEach, expect } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { Transcript } from './transcript';

/*
 * The way to a question, typed as people type it: each answer is keyed by the question it answers,
 * so a test says what a person types and where, and the way fails loudly where the bot goes elsewhere.
 */

/** What a person types at each question. A list is typed in turn when the question is asked again. */
export type Typed = Partial<Record<StepId, string | readonly string[]>>;

export interface Person {
  mode?: 'Standard words' | 'Easy read';
  who?: 'Me, about myself' | 'A parent or carer' | 'Someone helping me';
  name?: string;
  /** An age or a school year, as typed ("15", "Year 10"). */
  age?: string;
}

/** A spring date, so an age alone is never ambiguous and each test sees the same school year. */
export const TODAY = '2025-03-10';

/** What a person types for each welcome choice: the choices are named by their buttons, the answers are typed. */
const TYPED_MODE = { 'Standard words': 'normal words please', 'Easy read': 'easy read please' } as const;
const TYPED_WHO = { 'Me, about myself': 'me', 'A parent or carer': 'im a parent', 'Someone helping me': 'im their support worker' } as const;

/** The welcome as this person types it. */
export function welcomeTyped(person: Person = {}): Typed {
  return {
    [Step.welcomeReadingMode]: TYPED_MODE[person.mode ?? 'Standard words'],
    [Step.welcomeConsent]: 'yeah thats fine',
    [Step.welcomeWho]: TYPED_WHO[person.who ?? 'Me, about myself'],
    [Step.welcomeName]: person.name ?? 'Sam',
    [Step.welcomeAge]: person.age ?? 'Year 10',
    [Step.welcomeInvite]: 'no i dont have one',
  };
}

/** Everyday answers to the "about me" questions, "yeah i do" to feeling safe. */
export const ABOUT_ME_TYPED: Typed = {
  [Step.aboutMeStrengths]: 'I am kind',
  [Step.aboutMeImportant]: 'My dog',
  [Step.aboutMeSupport]: 'Give me time to answer',
  [Step.aboutMeSafe]: 'yeah i do',
};

/** The way to "what makes it hard?": `hope` typed as the dream, then no to more hopes and to every theme. */
export function typedToNeedsFor(hope: string): Typed {
  return {
    [Step.hopesDream]: hope,
    [Step.hopesMore]: 'no',
    [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
  };
}

const closed = new WeakSet<Transcript>();
/** Closes the test's conversation after each test (once, even when the next test opens none). */
export function closeAfterEach(current: () => Transcript | undefined): void {
  afterEach(async () => {
    const chat = current();
    if (!chat || closed.has(chat)) return;
    closed.add(chat);
    await chat.close();
  });
}

/** Everything the bot said in one turn, as the person reads it. */
export const saidIn = (replies: ReadonlyArray<{ text?: string }>): string => replies.map((r) => r.text ?? '').join('\n');

/** The phone numbers of the safeguarding answer: Childline, Samaritans, the NSPCC and 999. */
export const CRISIS = /0808 800 5000|116 123|0800 1111|999/;

/**
 * Types the answer to each question as it is asked until `target` is asked. Fails at a question with
 * nothing to type, and at a question asked more times than it has answers (the answer was not taken).
 * Returns the bot's replies to the last answer typed.
 */
export async function typeUntil(chat: Transcript, target: StepId, typed: Typed): Promise<Partial<Activity>[]> {
  const asked = new Map<string, number>();
  let replies: Partial<Activity>[] = [];
  while (chat.step !== target) {
    const step = chat.step ?? 'no question';
    const answers = typed[step as StepId];
    const times = asked.get(step) ?? 0;
    const list = typeof answers === 'string' ? [answers] : (answers ?? []);
    const answer = list[times];
    if (answer === undefined) {
      const before = times === 0 ? 'nothing to type' : `asked again after "${list[times - 1]}"`;
      throw new Error(`On the way to ${target}: ${before} at ${step}.`);
    }
    asked.set(step, times + 1);
    replies = await chat.say(answer);
  }
  expect(chat.step).toBe(target);
  return replies;
}

/**
 * Starts a conversation and types the way to `target`: the welcome as `person` types it, then `typed`,
 * then everyday "about me" answers for any question `typed` leaves out.
 */
export async function typedTo(
  target: StepId,
  person: Person = {},
  typed: Typed = {},
  start: Parameters<typeof Transcript.start>[0] = {},
): Promise<Transcript> {
  const chat = await Transcript.start({ today: TODAY, ...start });
  try {
    await typeUntil(chat, target, { ...welcomeTyped(person), ...ABOUT_ME_TYPED, ...typed });
  } catch (error) {
    await chat.close();
    throw error;
  }
  return chat;
}
