import { removeItem, updateOutcome, type Draft } from '../src/domain/draft';
import { readFieldSwaps, type FieldSwap } from '../src/language/fieldSwap';
import { quoteOf } from '../src/language';
import { withProvision } from './outcomeCoach';
import { Step } from './ids';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "the TA reading group is help she needs, not what it makes possible. and the sleepover isnt
 * help": a part of an outcome in the wrong field moves to the right one (what it makes possible
 * to help, or help to what it makes possible), in the person's words. Every part named must be
 * found, or nothing moves and the message is read as before.
 */

/** A part of an outcome that can move: one piece of what it makes possible, or one line of help. */
interface Part {
  outcomeId: string;
  text: string;
  /** The help line's id; none for a piece of what it makes possible. */
  helpId?: string;
}

const SMALL = new Set('the a an and of to with for her his their she he they it its is in on at my our your that this one bit part'.split(' '));
const wordsOf = (text: string) => new Set(text.toLowerCase().replace(/[\u2018\u2019']/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !SMALL.has(w)));

function partsFor(draft: Draft, to: FieldSwap['to']): Part[] {
  return draft.outcomes.flatMap((o): Part[] =>
    to === 'help'
      ? (o.makesPossible ?? '').split(/\s*;\s*/).filter(Boolean).map((text) => ({ outcomeId: o.id, text }))
      : o.provision.map((p) => ({ outcomeId: o.id, text: p.text, helpId: p.id })),
  );
}

/** The one part the words name best; undefined when none, or two fit as well. */
function partNamed(draft: Draft, swap: FieldSwap, field: FieldSwap['to'] = swap.to): Part | undefined {
  const said = wordsOf(swap.words);
  const scored = partsFor(draft, field)
    .map((part) => ({ part, score: [...wordsOf(part.text)].filter((w) => said.has(w)).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0 || (scored.length > 1 && scored[1]!.score === scored[0]!.score)) return undefined;
  return scored[0]!.part;
}

function moved(draft: Draft, part: Part, to: FieldSwap['to']): Draft {
  const outcome = draft.outcomes.find((o) => o.id === part.outcomeId);
  if (!outcome) return draft;
  if (to === 'help') {
    const rest = (outcome.makesPossible ?? '').split(/\s*;\s*/).filter((p) => p && p !== part.text).join('; ');
    return withProvision(updateOutcome(draft, outcome.id, { makesPossible: rest || null }), outcome.id, [part.text]);
  }
  const possible = outcome.makesPossible ? `${outcome.makesPossible}; ${part.text}` : part.text;
  return updateOutcome(removeItem(draft, part.helpId!), outcome.id, { makesPossible: possible });
}

/** The parts moved to their right field, and the read-back shown again; undefined when the message asks no such move. */
export async function fieldSwapIn(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  if (!draft) return undefined;
  const swaps = readFieldSwaps(text);
  const named = swaps.map((swap) => ({ swap, part: partNamed(draft, swap) }));
  // A part already where they say it belongs ("the sleepover isn't help" when it is not) needs no move.
  const placed = (swap: FieldSwap) => partNamed(draft, swap, swap.to === 'help' ? 'makesPossible' : 'help') !== undefined;
  if (named.length === 0 || named.some((f) => !f.part && !placed(f.swap))) return undefined;
  const found = named.filter((f) => f.part);
  if (found.length === 0) return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  await session.updateDraft('parts moved to their right field at the review', (d) => found.reduce((next, f) => moved(next, f.part!, f.swap.to), d));
  return {
    say: found.map((f) => ({ key: f.swap.to === 'help' ? T.movedToHelp : T.movedToPossible, vars: { text: quoteOf(f.part!.text) } })),
    goTo: { step: Step.reviewSummary },
  };
}
