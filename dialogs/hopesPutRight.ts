import { partStuckOn } from '../src/language/stuckOnHope';
import { removeItem } from '../src/domain/draft';
import { removeItems } from '../src/domain/removeItems';
import { quoteOf } from '../src/language';
import { readMissing } from '../src/language/goalForHope';
import { onlyPointsAtAHope } from '../src/language/missingHope';
import { hopeNamedIn, namesPartOf, partsOfHope, saysSeveralHopes } from '../src/language/hopeParts';
import { Step } from './ids';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import { keepHopes, lastHopeReadBack, SPLIT } from './hopesKept';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { quotedList } from './quotedList';
import { hopeEndLeftOff } from './hopeEndLeftOff';
import { oneHopeChosen } from './hopeChosen';
import { saidInstead } from '../src/language/saidInstead';
import { hopesIn } from '../src/language/hopesInMessage';
import { hopesRenumbered, partsAsTyped } from '../src/language/hopesRenumbered';

/*
 * Putting the read-back of hopes right, at the question after it. "you missed the supported living
 * one": the hope is found in the message just read (the question remembers it) and kept; when it
 * is not there, it is asked for. "no thats 3 different hopes not one": the hope just kept is cut
 * into its parts and read back as a list; when it cannot be cut, the hopes are asked for one at a
 * time. Neither message is ever kept as a hope itself.
 */

const again = (position: Position, data: Record<string, string> | undefined = position.data) => ({
  step: position.step,
  ...(position.topic ? { topic: position.topic } : {}),
  ...(data && Object.keys(data).length ? { data } : {}),
});

async function missedHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const words = readMissing(text);
  if (!words) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const there = hopes.find((a) => namesPartOf(a.text, words));
  // Inside a long hope kept whole: that hope is cut into its parts, so the one named stands alone.
  if (there && partsOfHope(there.text).some((part) => namesPartOf(part, words))) {
    const cut = await cutIntoParts(session, position, there);
    return { ...cut, say: [{ key: HopesText.missedSorry }, ...(cut.say ?? [])] };
  }
  if (there) return { say: [{ key: HopesText.missedThere, vars: { hope: quoteOf(there.text) } }], goTo: again(position) };
  const whole = position.data?.[SPLIT.whole];
  const found = whole ? hopeNamedIn(whole, words, hopes.map((a) => a.text)) : undefined;
  // "You have left out the most important one": no words of its own to quote, so it is asked for plainly.
  const ask = onlyPointsAtAHope(words) ? { key: HopesText.missedAskPlain } : { key: HopesText.missedAsk, vars: { about: quoteOf(words) } };
  if (!found) return { say: [ask], goTo: { step: Step.hopesDream, data: { another: 'yes' } } };
  const kept = await keepHopes(session, [found], null, undefined, found);
  return { say: [{ key: HopesText.missedSorry }, ...kept.readBack], goTo: again(position) };
}

/** "the first one still has the job stuck on the end of the flat, can u take the job bit out": that hope is cut into its parts. */
async function partStuck(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const words = partStuckOn(text);
  if (!words) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const there = hopes.find((a) => { const parts = partsOfHope(a.text); return parts.length > 1 && parts.slice(1).some((part) => namesPartOf(part, words)); });
  return there ? cutIntoParts(session, position, there) : undefined;
}

/** Every part of the hope has a word of its own in the message ("excluded and friends are 2 different things"). */
function namesEachPart(text: string, hope: string): boolean {
  const parts = partsOfHope(hope);
  const ownWords = (part: string) => part.split(/[^\p{L}\p{N}']+/u).filter((w) => w.length >= 4 && !/^(?:getting|being|having|going|more|less|that|this|with|from|able)$/i.test(w));
  return parts.length > 1 && parts.every((part) => ownWords(part).some((w) => namesPartOf(text, w)));
}

async function severalHopes(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!saysSeveralHopes(text)) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const ids = (position.data?.[SPLIT.ids] ?? '').split(',').filter((id) => hopes.some((a) => a.id === id));
  // "excluded and having friends are 2 different things": the hope whose words they name; else the hope the
  // last answer kept; with no note of it, the newest hope (hopes are kept in the order said).
  const named = hopes.filter((a) => namesEachPart(text, a.text));
  const hope = named.length === 1 ? named[0] : ids.length === 1 ? hopes.find((a) => a.id === ids[0]) : ids.length === 0 ? hopes[hopes.length - 1] : undefined;
  // Already kept apart: the list is read back, so they can see each one.
  if (!hope) {
    const kept = hopes.filter((a) => ids.includes(a.id)).map((a) => `\n${quotedList([quoteOf(a.text)])}`).join('');
    return { say: [{ key: HopesText.readBackMany, vars: { hopes: kept } }], goTo: again(position) };
  }
  return cutIntoParts(session, position, hope);
}

/** One hope replaced by its parts, read back as a list; when it cannot be cut, the hopes are asked for one at a time. */
async function cutIntoParts(session: JourneySession, position: Position, hope: { id: string; text: string }): Promise<Next> {
  const parts = partsOfHope(hope.text);
  await session.updateDraft('hope cut into its parts', (d) => removeItem(d, hope.id));
  if (parts.length < 2) return { say: [{ key: HopesText.partsAsk, vars: { hope: quoteOf(hope.text) } }], goTo: { step: Step.hopesDream, data: { another: 'yes' } } };
  const kept = await keepHopes(session, parts, null, undefined, hope.text);
  return { say: kept.readBack, goTo: again(position, { ...position.data, ...kept.split }) };
}

/** "no i DO want to", "i do wont to!!": the whole message says they do want the hope, never a no to another. */
const DOES_WANT = /^(?:(?:no|nah|nope|but|um+)[\s,.!]+)*(?:i|we|he|she)\s+(?:do|does|really|really\s+do|did)\s+(?:want|wont|wnt|wana|wanna|wan)(?:\s+(?:to|it|that))?[\s.!]*$/i;

/** "no i DO wont to" after the read-back: it objects to how the hope was read, so the hope is read back again. */
async function doesWantIt(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!DOES_WANT.test(text.trim())) return undefined;
  const draft = await session.draft();
  const readBack = draft ? lastHopeReadBack(draft, session.mode) : undefined;
  if (!readBack) return undefined;
  return { say: [{ key: HopesText.doesWantIt }, readBack], goTo: again(position) };
}

/** "no, not future. i say footballer. or bus driver": the hopes the last answer kept are replaced by the words meant. */
async function meantInstead(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const meant = saidInstead(text);
  if (!meant) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const parts = hopes.length > 0 ? hopesIn(meant) : [];
  if (parts.length === 0) return undefined;
  const ids = (position.data?.[SPLIT.ids] ?? '').split(',').filter((id) => hopes.some((a) => a.id === id));
  const gone = ids.length > 0 ? ids : [hopes[hopes.length - 1]!.id];
  await session.updateDraft('hope put right', (d) => removeItems(d, gone));
  const { [SPLIT.ids]: _ids, [SPLIT.whole]: _whole, ...rest } = position.data ?? {};
  const kept = await keepHopes(session, parts, null, undefined, meant);
  return { say: [{ key: HopesText.askedSorry }, ...kept.readBack], goTo: again(position, { ...rest, ...kept.split }) };
}

/**
 * "wot. thats wrong. footballer for villa is 1. mechanic is other": the hopes the last answer kept (or, with no
 * note of them, the hopes whose words are said again) are replaced by the hopes as they say to cut them.
 */
async function cutAsSaid(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const said = hopesRenumbered(text);
  if (!said) return undefined;
  const hopes = (await session.draft())?.aspirations ?? [];
  const ids = (position.data?.[SPLIT.ids] ?? '').split(',').filter((id) => hopes.some((a) => a.id === id));
  const named = hopes.filter((a) => said.some((part) => part.split(/\s+/).some((w) => w.length >= 4 && namesPartOf(a.text, w))));
  const gone = ids.length > 0 ? ids : named.map((a) => a.id);
  const asTyped = partsAsTyped(said, hopes.filter((a) => gone.includes(a.id)).map((a) => a.text));
  if (gone.length > 0) await session.updateDraft('hopes cut as said', (d) => removeItems(d, gone));
  const { [SPLIT.ids]: _ids, [SPLIT.whole]: _whole, ...rest } = position.data ?? {};
  const kept = await keepHopes(session, asTyped, null, undefined, asTyped.join('. '));
  return { say: [{ key: HopesText.askedSorry }, ...kept.readBack], goTo: again(position, { ...rest, ...kept.split }) };
}

/** "you missed the last bit", "you missed the ... one", "those are different hopes" or "i DO want to", at a hopes question: what it leads to, if any. */
export async function hopesPutRight(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  return (await cutAsSaid(session, position, text)) ?? (await meantInstead(session, position, text)) ?? (await hopeEndLeftOff(session, position, text)) ?? (await oneHopeChosen(session, position, text)) ?? (await partStuck(session, position, text)) ?? (await missedHope(session, position, text)) ?? (await severalHopes(session, position, text)) ?? (await doesWantIt(session, position, text));
}
