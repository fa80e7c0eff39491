import { provisionItems, namesHelp } from '../src/language';
import { offeredAsHelp } from '../src/language/support';
import { isAWayOfBeing } from '../src/language/wayOfBeing';
import { labelledField } from '../src/language/outcomeField';
import { readFieldEdit } from '../src/language/fieldEdit';
import { helpPointedAt } from '../src/language/sameAsBefore';
import type { Draft } from '../src/domain/draft';
import type { Position } from './journey';
import type { JourneySession } from './session';
import { Step } from './ids';

/* Readers of the outcomes stage's answers that need no session: a labelled part, help offered, help listed. */

/** A step or measure given with its label; a measure's label at the measure question is its answer. */
export function labelledAt(text: string, asked?: string): { field: 'step' | 'measure'; words: string } | null {
  // "the how everyone will know bit is still wrong. it should say ...": named, with its new words.
  const edit = readFieldEdit(text);
  const said = labelledField(text) ?? (edit?.words ? { field: edit.field, words: edit.words } : null);
  if (!said || (said.field !== 'step' && said.field !== 'measure')) return null;
  // "the target is she says hello to 3 friends a day" asked how everyone will know: that is how.
  if (asked === Step.outcomeMeasure && said.field === 'step' && 'aim' in said && said.aim) return { field: 'measure', words: said.words };
  return { field: said.field, words: said.words };
}

/**
 * Asked what it would do for them, an answer is help only when it names help and not what it
 * brings: "travel training" is help; "id have my own money for the flat" is what it does for them.
 */
export function offersHelp(answer: string): boolean {
  // "less meltdowns. hed feel listened to": every sentence must be help; one benefit makes it all what it does.
  const sentences = answer.split(/(?<=[.!?])\s+|\s*\n+\s*/).filter((s) => s.trim());
  // "a sleepover one day maybe" names no help: what it makes possible, never a piece of provision.
  // "more grown up and free i guess": how they would be is what it does for them, never help.
  return sentences.every((s) => offeredAsHelp(s) && !isAWayOfBeing(s.trim()) && everyListedIsHelp(s));
}

/**
 * "swimming lessons, school trips, sleepovers at nains": one help word in a list of things to do is no list of help.
 * The list is read as help lists are, so words that narrow a help ("a reader in exams, only in english") and a
 * question beside it ("like school give?") are never items of their own.
 */
function everyListedIsHelp(sentence: string): boolean {
  const listed = provisionItems(sentence);
  return listed.length < 2 || listed.every((item) => offeredAsHelp(item));
}

/**
 * The help in an answer to "what help would you need?": a list of separate supports is kept as
 * separate rows; an answer with comments in it ("not only one TA, this is not enough") is kept
 * whole, so no comment becomes a row of its own; an answer with no help in it keeps nothing.
 */
export function helpIn(answer: string): string[] {
  const items = provisionItems(answer);
  // "less grumpy", "less behind on work": how they would be, never a piece of help.
  const help = items.filter((item) => namesHelp(item) && !isAWayOfBeing(item));
  if (help.length === 0) return [];
  return help.length === items.length ? items : [answer.trim().replace(/\s+/g, ' ')];
}

/**
 * "the 1:1 again", "same as before" at "what help would you need?": the help named before (under
 * another outcome, or as what already helps), in the words it was said in. An empty list when it
 * points back at nothing said; null when the answer does not point back.
 */
export function helpSaidBefore(answer: string, draft: Draft, outcomeId: string): string[] | null {
  const earlier = [
    ...draft.outcomes.filter((o) => o.id !== outcomeId).flatMap((o) => o.provision.map((p) => p.text)),
    ...draft.needs.flatMap((n) => n.helps ?? []),
  ];
  const pointed = helpPointedAt(answer, [...new Set(earlier)]);
  if (!pointed) return null;
  if (pointed.earlier.length > 0) return pointed.earlier;
  return pointed.rest ? helpIn(pointed.rest).length > 0 ? helpIn(pointed.rest) : [pointed.rest] : [];
}

/** At "what help would you need?", "same as before" points at help said before: an answer, never a complaint. */
export async function pointsAtEarlierHelp(session: JourneySession, at: Position, text: string): Promise<boolean> {
  if (at.step !== Step.outcomeProvides || typeof at.data?.outcomeId !== 'string') return false;
  const draft = await session.draft();
  return Boolean(draft && helpSaidBefore(text, draft, at.data.outcomeId)?.length);
}
