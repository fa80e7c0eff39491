import type { Draft } from '../src/domain/draft';
import { asksToRemove, quoteOf, readReviewRequest, type GlobalCommand } from '../src/language';
import { understandDone, understandSummary, understandYesNo } from './closedReplies';
import type { Position } from './journey';
import { changeableItems, removableItems } from './reviewItems';
import { REMOVING } from './reviewNewWords';
import { asksForMore } from './reviewPages';
import { removeOneQuestion } from './reviewRemoveMany';
import { requestQuestion } from './reviewRequests';
import { saysNotAHopeDelete } from './reviewNotAHopeNamed';
import { asksPartFirst, partFirstQuestion, pickInPartQuestion } from './reviewPartFirst';
import { splitQuestion } from './reviewSplit';
import { datesQuestion } from './reviewDates';
import { RequestData, ReviewText as T } from './reviewText';
import { refusesChange } from '../src/language/changeRefused';
import type { Question } from './say';
import { saysDoneAtPick } from '../src/language/doneAtPick';
import type { JourneySession } from './session';

/*
 * How the review hears a reply at its own questions: at "Your draft is ready", at the read-back,
 * and at "What would you like to change?" (a part to pick, its new words, or taking it out).
 */

/** At "Your draft is ready": a plain "yes", "ok" or "cool" agrees, so finishes. */
export const understandAtDone = (text: string): string | undefined => understandDone(text) ?? (understandYesNo(text) === 'yes' ? 'finish' : undefined);

/** The read-back also understands a request in words ("can I add another dream", "put the worry one under health"). */
export const understandReview = (text: string): string | undefined => (readReviewRequest(text) || asksToRemove(text) !== null || saysNotAHopeDelete(text) ? 'change' : understandSummary(text));

/** The question at review.change: a request's own, taking a part out, its new words, or which part to pick. */
export function changeQuestion(session: JourneySession, draft: Draft | undefined, position: Position): Question {
  // Easy read, a long plan: which part first, then that part's own list.
  if (draft && asksPartFirst(session, draft, position)) return partFirstQuestion(draft);
  const inPart = pickInPartQuestion(position) ?? splitQuestion(draft, position) ?? datesQuestion(session, draft, position);
  if (inPart) return inPart;
  const request = requestQuestion(session, draft, position);
  // "no thats not what i said" at "Change X to Y?" answers it (a no), never talk beside it.
  const confirming = position.data?.[RequestData.newText] || position.data?.[RequestData.field];
  const understand = request?.understand;
  if (request && confirming && understand) return { ...request, understand: (text: string) => (refusesChange(text) ? 'no' : understand(text)) };
  if (request) return request;
  const removing = position.data?.remove === REMOVING;
  // A goal's own answer named by its words is read back to take out, like any part.
  const item = draft && position.data?.itemId ? (removing ? removableItems(draft) : changeableItems(draft)).find((i) => i.id === position.data?.itemId) : undefined;
  if (item && removing && draft) return removeOneQuestion(draft, item, position.data?.namedInChat !== 'yes');
  // Choosing a part to change, "delete" means taking that part out (asked about here), not all their data.
  const hears = {
    answersCommand: (command: GlobalCommand, text: string) => command === 'deleteData' && asksToRemove(text) !== null,
    // Choosing a part, a request in words ("can I add another dream") is an answer, not talk about the chat.
    // "more", "next": the next page of parts, never the skip command; "i am done": finished, never chatter.
    ...(item ? {} : { understand: (text: string) => (readReviewRequest(text) ? 'request' : asksForMore(text) ? 'more' : saysDoneAtPick(text) ? 'done' : undefined) }),
  };
  if (item) return { step: position.step, words: { key: T.changeNewWords, vars: { text: quoteOf(item.text) } }, ...hears };
  return { step: position.step, words: { key: removing ? T.removePick : T.changePick }, ...hears };
}
