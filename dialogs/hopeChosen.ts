import { removeItem } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { namesPartOf } from '../src/language/hopeParts';
import { readHopeChosen } from '../src/language/oneHopeChosen';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import { keepHopes, SPLIT } from './hopesKept';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "wait actually not footballer ... just chef", just after two hopes were kept: the footballer hope
 * is taken out and the chef hope read back. When the hope that stays is not kept yet ("not
 * footballer, just mechanic"), it is kept in their words. Nothing of "wait actually" is kept.
 */

/** The same question again, without the notes of the hopes one message was cut into (that cut is settled). */
function askedAgain(position: Position): NonNullable<Next['goTo']> {
  const { [SPLIT.ids]: _ids, [SPLIT.whole]: _whole, ...data } = position.data ?? {};
  return { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(Object.keys(data).length ? { data } : {}) };
}

/** One kept hope taken back and another kept, or undefined when the message does not choose between hopes. */
export async function oneHopeChosen(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const chosen = readHopeChosen(text);
  if (!chosen) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  // Only one hope may be named by the words taken back, and it must not be the one that stays.
  const named = hopes.filter((a) => namesPartOf(a.text, chosen.dropped));
  const out = named.length === 1 ? named[0]! : undefined;
  if (!out || namesPartOf(out.text, chosen.kept)) return undefined;
  const stays = hopes.find((a) => a.id !== out.id && namesPartOf(a.text, chosen.kept));
  await session.updateDraft('hope taken back', (d) => removeItem(d, out.id));
  if (stays) return { say: [{ key: HopesText.oneChosen, vars: { out: quoteOf(out.text), hope: quoteOf(stays.text) } }], goTo: askedAgain(position) };
  const kept = await keepHopes(session, [chosen.keptAsTyped], null, undefined, chosen.keptAsTyped);
  const hope = kept.draft.aspirations.at(-1)?.text ?? chosen.keptAsTyped;
  return { say: [{ key: HopesText.oneChosen, vars: { out: quoteOf(out.text), hope: quoteOf(hope) } }], goTo: askedAgain(position) };
}
