import { addNeed, removeItem, removeItems, type Draft } from '../src/domain/draft';
import { needSection, quoteOf, placeOfDays } from '../src/language';
import { itemsNamedNotAHope, saysLastHopeIsHard, saysLastHopeIsOnlyALiking } from '../src/language/notAHope';
import { HopeCorrectedText } from './hopeCorrected';
import { HopesAskedText } from './hopesAsked';
import { quotedList } from './quotedList';
import { speaksForThem } from './aboutWhom';
import { CarerWorryText } from './carerWorryAtHopes';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Stage, Step } from './ids';
import { hopesInDepth } from './hopesInDepth';
import type { Position } from './journey';
import { SPLIT } from './hopesKept';
import { HARD_KEPT_NOTE, hardKeptWords } from './hardSaidAtHopes';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

/*
 * "no thats wrong, thats not a hope thats what he struggles with": the hope the last answer kept is
 * taken out of the hopes and kept, in the same words, as something hard (a need not yet linked to
 * a hope); the bot says so, and asks for another hope (or the first, when none is left).
 */

const MOVED: WhomKeys = { self: 'hopes:hopeWasHard.self', child: 'hopes:hopeWasHard.child', yourChild: 'hopes:hopeWasHard.yourChild' };

/** Moves the hopes the last answer kept to the hard things; undefined when there were none. */
async function moveLastHope(session: JourneySession, position: Position, text = ''): Promise<{ draft: Draft; said: Words } | undefined> {
  const hopes = (await session.draft())?.aspirations ?? [];
  // The hopes one message was just cut into; else the newest hope (hopes are kept in the order said).
  const split = (position.data?.[SPLIT.ids] ?? '').split(',');
  const last = hopes.filter((a) => split.includes(a.id));
  // "the worried bit isnt a hope": only the hope it names is moved, wherever it is in the list.
  const named = itemsNamedNotAHope(text, hopes.map((a) => a.text)).map((i) => hopes[i]!);
  const moving = named.length > 0 ? named : last.length > 0 ? last : hopes.slice(-1);
  if (moving.length === 0) return undefined;
  const draft = await session.updateDraft('a hope kept as something hard', (d) =>
    moving.reduce((next, hope) => addNeed(removeItem(next, hope.id), hope.text, [], needSection(hope.text, placeOfDays(d))).draft, d),
  );
  return { draft, said: wordsFor(draft, MOVED, { hope: quoteOf(moving.map((h) => h.text).join('; ')) }) };
}

/** The hopes the last answer kept: the ones one message was just cut into, else the newest. */
function lastKept(hopes: Draft['aspirations'], position: Position): Draft['aspirations'] {
  const split = (position.data?.[SPLIT.ids] ?? '').split(',');
  const last = hopes.filter((a) => split.includes(a.id));
  return last.length > 0 ? last : hopes.slice(-1);
}

/** At the hopes questions: the message says the hope just kept was only a liking. */
export async function saysKeptHopeIsOnlyALiking(session: JourneySession, at: Position, text: string): Promise<boolean> {
  if (at.stage !== Stage.hopes) return false;
  const last = lastKept((await session.draft())?.aspirations ?? [], at);
  return last.length > 0 && saysLastHopeIsOnlyALiking(text, last.map((h) => h.text).join(' '));
}

/**
 * "no thats not a hope. i just like her": the hope just kept was only a liking; it is taken out (kept
 * nowhere), the hopes left are read back, and another is asked for (or the first, when none is left).
 */
export async function hopeWasOnlyALiking(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const hopes = (await session.draft())?.aspirations ?? [];
  const last = lastKept(hopes, position);
  if (last.length === 0 || !saysLastHopeIsOnlyALiking(text, last.map((h) => h.text).join(' '))) return undefined;
  const draft = await session.updateDraft('a liking kept as a hope taken out', (d) => removeItems(d, last.map((h) => h.id)));
  const left = draft.aspirations.map((a) => quoteOf(a.text));
  const say: Words[] = [{ key: HopeCorrectedText.takenOut, vars: { hope: quoteOf(last.map((h) => h.text).join('; ')) } }];
  if (left.length > 0) say.push({ key: HopesAskedText.list, vars: { hopes: quotedList(left, 'numbered') } });
  const { stage: _stage, data: _data, ...here } = position;
  const goTo = position.step === Step.hopesTheme ? here : { step: left.length > 0 ? Step.hopesMore : Step.hopesDream };
  return { say, goTo };
}

export async function hopeWasHard(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!saysLastHopeIsHard(text)) return undefined;
  // The last answer was already kept as something hard: said so again, no hope is taken.
  if (position.data?.[HARD_KEPT_NOTE]) return { say: [hardKeptWords(await session.draft())], goTo: { step: position.step, data: position.data } };
  // "the worried bit isnt a hope thats just me", when that worry is already kept apart from the hopes: no hope is taken.
  const draft = await session.draft();
  const hopeTexts = draft?.aspirations.map((a) => a.text) ?? [];
  if (itemsNamedNotAHope(text, hopeTexts).length === 0 && itemsNamedNotAHope(text, draft?.needs.map((n) => n.text) ?? []).length > 0) {
    const { stage: _s, ...again } = position;
    return { say: [speaksForThem(draft) ? { key: CarerWorryText.heard } : hardKeptWords(draft)], goTo: again };
  }
  const moved = await moveLastHope(session, position, text);
  if (!moved) return undefined;
  // A question about one part of life is asked again; otherwise another hope, or the first.
  const { stage: _stage, ...here } = position;
  const goTo = position.step === Step.hopesTheme ? here : { step: moved.draft.aspirations.length > 0 ? Step.hopesMore : Step.hopesDream };
  return { say: [moved.said], goTo };
}

/**
 * The first needs question, just after the hopes stage ended on a hope: "that isnt a hope, its what
 * makes things hard" is about that hope. Read before talk about the chat, which would take it as a take-back.
 */
export function saysJustKeptHopeIsHard(session: JourneySession, at: Position, text: string): boolean {
  return at.step === Step.needsBarrier && session.journey.history.at(-1)?.stage === Stage.hopes && saysLastHopeIsHard(text);
}

/** At the first needs question: the hope moved, and the needs asked about the first hope left. */
export async function hopeWasHardAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (!saysJustKeptHopeIsHard(session, position, text)) return undefined;
  const moved = await moveLastHope(session, position);
  if (!moved) return undefined;
  const first = hopesInDepth(moved.draft)[0];
  if (!first) return { say: [moved.said], openAt: { stage: Stage.hopes, step: Step.hopesDream } };
  return { say: [moved.said], goTo: { step: Step.needsBarrier, topic: first.id } };
}
