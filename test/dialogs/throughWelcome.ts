import { expect } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

export interface Person {
  mode?: 'Standard words' | 'Easy read';
  who?: 'Me, about myself' | 'A parent or carer';
  name?: string;
  /** An age or a school year, as typed ("15", "Year 10"). */
  age?: string;
}

/** A spring date, so an age alone is never ambiguous and each test sees the same school year. */
export const TODAY = '2025-03-10';

/** What a person types for each welcome choice: the choices are named by their buttons, the answers are typed. */
const TYPED_MODE = { 'Standard words': 'normal words please', 'Easy read': 'easy read please' } as const;
const TYPED_WHO = { 'Me, about myself': 'me', 'A parent or carer': 'im a parent' } as const;

/** Starts a conversation and types answers to the welcome, arriving at the first "about me" question. */
export async function throughWelcome(person: Person = {}): Promise<Transcript> {
  const chat = await Transcript.start({ today: TODAY });
  await chat.say(TYPED_MODE[person.mode ?? 'Standard words']);
  await chat.say('yeah thats fine');
  await chat.say(TYPED_WHO[person.who ?? 'Me, about myself']);
  await chat.say(person.name ?? 'Sam');
  await chat.say(person.age ?? 'Year 10');
  await chat.say('no i dont have one');
  expect(chat.step).toBe(Step.aboutMeStrengths);
  return chat;
}

/** Answers the "about me" questions (typing "yeah i do" to feeling safe, when asked), arriving at the open dream. */
export async function throughAboutMe(chat: Transcript): Promise<void> {
  await chat.say('I am kind');
  await chat.say('My dog');
  await chat.say('Give me time to answer');
  if (chat.step === Step.aboutMeSafe) await chat.say('yeah i do');
  expect(chat.step).toBe(Step.hopesDream);
}
