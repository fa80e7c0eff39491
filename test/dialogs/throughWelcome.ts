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
