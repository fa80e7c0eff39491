import { readChatTalk } from './chatTalk';

/*
 * "oh my god your doing it again that was not a hope i asked you to delete stuff. how do i delete
 * things": a complaint and a question how to take things out, with no part named. The bot says sorry
 * once, says how, and offers to take out the last one kept of the kind they named. Never kept.
 */

export interface DeleteHowAsked {
  /** The kind the complaint names ("that was not a hope"); null when it names none. */
  kind: 'hope' | 'need' | null;
}

const NAMES_HOPE = /\b(?:hopes?|dreams?)\b/i;
const NAMES_NEED = /\b(?:needs?|problems?|hard\s+things?|what\s+(?:is|s)\s+hard)\b/i;

/** The complaint with its question how to take things out; null when the message is something else. */
export function readDeleteHowAsked(text: string): DeleteHowAsked | null {
  if (text.length > 300) return null;
  const talk = readChatTalk(text);
  if (!talk || !talk.complaint || !talk.topics.includes('howToRemove') || talk.answer) return null;
  return { kind: NAMES_HOPE.test(text) ? 'hope' : NAMES_NEED.test(text) ? 'need' : null };
}
