import type { GlobalCommand } from '../src/language';
import { readPartAsked } from '../src/language/reviewPartAsked';
import type { DialogContext } from './dialogKit';
import { Step } from './ids';
import { RequestData } from './reviewRequestData';
import { sessionOf } from './session';

/*
 * "list all", "can you list it all", "list everything" at a question about one change (what a goal
 * should say, which of a few parts): the whole plan is shown, as "show me everything" shows it, and
 * the same question waits. Never kept as the new words. A long pick of every part lists its parts
 * itself (reviewPartsList.ts), so it is left to that.
 */

const ABOUT_ONE_CHANGE: ReadonlySet<string> = new Set([Step.reviewChange, Step.reviewProposal]);

/** 'showDraft' when the whole plan is asked for at a question about one change; null otherwise. */
export function wholePlanAtChange(inner: DialogContext, text: string): GlobalCommand | null {
  const position = sessionOf(inner.context).journey.position;
  if (!position || !ABOUT_ONE_CHANGE.has(position.step)) return null;
  const aboutOne = position.data?.itemId !== undefined || position.data?.[RequestData.choose] !== undefined;
  if (!aboutOne) return null;
  return readPartAsked(text.replace(/^\s*(?:(?:can|could)\s+(?:you|u)\s+|please\s+|pls\s+)?list\b/i, 'show')) === 'all' ? 'showDraft' : null;
}
