import { replaceItemText } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { hopeWordsToRemove } from '../src/language/wordsOutOfHope';
import { withWordsRemoved } from '../src/language/wordsToRemove';
import { HopesText } from './hopesText';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "take out just that, it reads weird", "take out 'be realistic' that was me talking to myself":
 * at a hopes question, those words are taken out of the one hope that holds them, and the hope is
 * read back. The whole hope is never taken out, and words in no hope (or in several, with none
 * named) are left to the other readings.
 */

/** The one hope holding the words named, with what is left of it; undefined when none or several do. */
async function hopeHolding(session: JourneySession, text: string) {
  const asked = hopeWordsToRemove(text);
  if (!asked) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const named = asked.at === undefined ? undefined : hopes.at(asked.at);
  const holding = (named ? [named] : hopes).map((hope) => ({ hope, left: withWordsRemoved(hope.text, asked.words) })).filter((h) => h.left);
  return holding.length === 1 ? { asked, ...holding[0]! } : undefined;
}

/** Whether the message names words of one hope to take out: the hopes question answers it, before any reading of "take out that". */
export async function namesWordsOfAHope(session: JourneySession, text: string): Promise<boolean> {
  return Boolean(await hopeHolding(session, text));
}

export async function hopeWordsTaken(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const found = await hopeHolding(session, text);
  if (!found) return undefined;
  const { asked, hope, left } = found;
  // The hope keeps its own words: no full stop is added to words that had none.
  const kept = /[.!?]$/.test(hope.text.trim()) ? left! : left!.replace(/[.!?]$/, '');
  await session.updateDraft('words taken out of a hope', (d) => replaceItemText(d, hope.id, kept));
  return { say: [{ key: HopesText.oneChosen, vars: { out: quoteOf(asked.words), hope: quoteOf(kept) } }], goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(position.data ? { data: position.data } : {}) } };
}
