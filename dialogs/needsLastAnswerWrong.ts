import { quoteNeed } from '../src/language';
import { Step } from './ids';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "thats wrong... can u fix it" at "what already helps?": the answer just kept is what he means,
 * never the list of hopes. The hard thing kept is said back, with how to put it right (new words, or
 * that it is something that helps), and the question stays open.
 */

export const LastAnswerWrongText = { said: 'needs:lastWrong.said' } as const;

/** The words to say when a complaint at "what already helps?" is about the hard thing just kept; undefined otherwise. */
export async function lastHardThingWrong(session: JourneySession, text: string): Promise<Words | undefined> {
  const at = session.journey.position;
  if (at?.step !== Step.needsHelps || /\b(?:hopes?|dreams?)\b/i.test(text)) return undefined;
  const ids = (at.data?.need ?? '').split(' ').filter(Boolean);
  const need = (await session.draft())?.needs.filter((n) => ids.includes(n.id)).at(-1);
  return need ? { key: LastAnswerWrongText.said, vars: { need: quoteNeed(need.text) } } : undefined;
}
