import { removeItem } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { namesPartOf } from '../src/language/hopeParts';
import { namesWholeHope, readHopeChosen } from '../src/language/oneHopeChosen';
import { readYesNoReply } from './readReply';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import { keepHopes, SPLIT } from './hopesKept';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "wait actually not footballer ... just chef", just after two hopes were kept: the footballer hope
 * is taken out and the chef hope read back. When the hope that stays is not kept yet ("not
 * footballer, just mechanic"), it is kept in their words. Nothing of "wait actually" is kept.
 * When the words name only part of a hope ("not exams" for "make sure i pass my exams"), the
 * removal is read back and waits for a yes: a hope is never lost on a guess.
 */

/** The note of a removal asked about: the hope to take out and the words of the hope that stays. */
export const REMOVAL = { id: 'removeAskedId', keep: 'removeAskedKeep' } as const;

/** The same question again, without the notes of the hopes one message was cut into (that cut is settled). */
function askedAgain(position: Position): NonNullable<Next['goTo']> {
  const { [SPLIT.ids]: _ids, [SPLIT.whole]: _whole, [REMOVAL.id]: _id, [REMOVAL.keep]: _keep, ...data } = position.data ?? {};
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
  if (!namesWholeHope(out.text, chosen.dropped)) {
    const asked = askedAgain(position);
    return { say: [{ key: HopesText.removeAsk, vars: { out: quoteOf(out.text) } }], goTo: { ...asked, data: { ...asked.data, [REMOVAL.id]: out.id, [REMOVAL.keep]: chosen.keptAsTyped } } };
  }
  return takeOut(session, position, out, chosen.keptAsTyped);
}

/** The hope taken out and the one that stays read back; a hope that stays and is not kept yet is kept in their words. */
async function takeOut(session: JourneySession, position: Position, out: { id: string; text: string }, keptAsTyped: string): Promise<Next> {
  const hopes = (await session.draft())?.aspirations ?? [];
  const stays = hopes.find((a) => a.id !== out.id && namesPartOf(a.text, keptAsTyped));
  await session.updateDraft('hope taken back', (d) => removeItem(d, out.id));
  if (stays) return { say: [{ key: HopesText.oneChosen, vars: { out: quoteOf(out.text), hope: quoteOf(stays.text) } }], goTo: askedAgain(position) };
  const kept = await keepHopes(session, [keptAsTyped], null, undefined, keptAsTyped);
  const hope = kept.draft.aspirations.at(-1)?.text ?? keptAsTyped;
  return { say: [{ key: HopesText.oneChosen, vars: { out: quoteOf(out.text), hope: quoteOf(hope) } }], goTo: askedAgain(position) };
}

/**
 * The answer to "Shall I take out ...?": a yes takes it out, a no keeps every hope. Anything else is
 * answered as usual, from the question without the note, so a later "yes" never takes a hope out.
 */
export async function removalAnswered(session: JourneySession, position: Position, text: string): Promise<{ next?: Next; position: Position }> {
  const id = position.data?.[REMOVAL.id];
  if (!id) return { position };
  const { [REMOVAL.id]: _id, [REMOVAL.keep]: _keep, ...data } = position.data ?? {};
  const plain: Position = { stage: position.stage, step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(Object.keys(data).length ? { data } : {}) };
  const out = (await session.draft())?.aspirations.find((a) => a.id === id);
  const reply = readYesNoReply(text);
  if (!out || (reply.kind !== 'yes' && reply.kind !== 'no')) return { position: plain };
  if (reply.kind === 'no') return { next: { say: [{ key: HopesText.removeKept }], goTo: askedAgain(position) }, position: plain };
  return { next: await takeOut(session, plain, out, position.data?.[REMOVAL.keep] ?? ''), position: plain };
}
