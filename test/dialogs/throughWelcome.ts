import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { ABOUT_ME_TYPED, TODAY, typedTo, typeUntil, type Person } from '../support/typedWay';

export { TODAY, type Person };

/** Starts a conversation and types answers to the welcome, arriving at the first "about me" question. */
export async function throughWelcome(person: Person = {}): Promise<Transcript> {
  return typedTo(Step.aboutMeStrengths, person);
}

/** Answers the "about me" questions (typing "yeah i do" to feeling safe, when asked), arriving at the open dream. */
export async function throughAboutMe(chat: Transcript): Promise<void> {
  await typeUntil(chat, Step.hopesDream, ABOUT_ME_TYPED);
}

/** Through the first three "about me" questions to "Do you feel safe at home, at school and online?". */
export async function atSafeQuestion(person: Person = {}): Promise<Transcript> {
  const chat = await throughWelcome(person);
  await chat.say('I make people laugh');
  await chat.say('My cat');
  await chat.say('Give me time to answer');
  if (chat.step !== Step.aboutMeSafe) throw new Error(`expected the safety question, at ${chat.step}`);
  return chat;
}
