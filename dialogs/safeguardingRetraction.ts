import type { TurnContext } from 'botbuilder';
import { takesTheWorryBack } from '../src/language';
import { QUIET_AFTER_OK } from './gentleCheckDialog';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "i didnt mean that, it was a joke" at "Are you safe right now?", after something worrying was told.
 * A retraction is common after a real disclosure, and a brush-off straight after the safety words is a
 * sign to follow up: the flag stays as it is, never marked taken back (only an answer the bot misread
 * is, in safeguardingTakeBack.ts), and their words are kept beside the concern for the lead, as every
 * message at the safety check is. They are told just that, kindly, and never "I'm glad you're safe",
 * which answers a question they did not answer.
 */

export const RetractionText = {
  thanks: 'safeguarding:takenBack.thanks',
  note: 'safeguarding:takenBack.note',
  talk: 'safeguarding:takenBack.talk',
} as const;

/** True, with the words said, when the message takes back a worry the draft has a note of; false with nothing said otherwise. */
export async function tookTheWorryBack(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!takesTheWorryBack(text)) return false;
  const flags = (await session.draft())?.flags ?? [];
  if (flags.length === 0) return false;
  // As after "I'm safe": not asked "are you OK?" again for a while; the lead follows it up.
  await session.updateJourney((j) => ({ ...j, quietChecks: QUIET_AFTER_OK }));
  await sayAll(context, session.t, [{ key: RetractionText.thanks }, { key: RetractionText.note }, { key: RetractionText.talk }]);
  return true;
}
