import { asksToChangeWording, readFieldEdit } from '../src/language/fieldEdit';
import { quotedOutOfPart } from '../src/language/quotedOutOfPart';
import { saysDoNotChange } from '../src/language/wrongHope';
import { saysDoneAtPick } from '../src/language/doneAtPick';
import { asksToRemove } from '../src/language';
import type { Draft } from '../src/domain/draft';
import { asksForMore, hasPages, nextPage } from './reviewPages';
import { allHelpRequestIn } from './reviewAllHelp';
import { addHelpIn } from './reviewAddHelp';
import { firstOfTwo } from './reviewLaterRequest';
import { listAsked } from './reviewPartsList';
import { priorityIn } from './reviewPriority';
import { orderIn } from './reviewOrder';
import { keyWorkerNoteIn } from './reviewKeyWorkerNote';
import { Step } from './ids';
import type { Position } from './journey';
import { showPart } from './reviewSummary';
import { changeableItems } from './reviewItems';
import { removePlaceInShownPart } from './reviewShownPlace';
import { needAskedFor } from './reviewAddHope';
import { fieldRequestIn } from './reviewOutcomeField';
import { dateRequestAtReview } from './dateChange';
import { fieldSwapIn } from './reviewFieldSwap';
import { answerRequest, requestIn } from './reviewRequests';
import { removalNamedBeside } from './reviewRemovalBeside';
import { wordSwapAtReview } from './reviewWordSwap';
import { putBackNamedAtReview } from './reviewPutBack';
import { buttonItems, isRequestPosition } from './reviewPickable';
import { goalNamedAtPick, notAPartAtChange, pickPart, removeLastAt } from './reviewRemoveMany';
import { aboutAHopeThere, queueOtherHopesNamed, twiceOffer } from './reviewGoalFor';
import { saysTwiceOnly } from '../src/language/goalForHope';
import { namedEditIn } from './reviewNamedEdit';
import { asksPartFirst, partPickedFirst } from './reviewPartFirst';
import { answerSplit, splitAtReview } from './reviewSplit';
import { answerDates, datesRequestAtReview } from './reviewDates';
import { refusesChange } from '../src/language/changeRefused';
import { numberInListShown, placeInListShown } from './reviewListShown';
import { answerNewWords, REMOVING } from './reviewNewWords';
import { cutWithNewWordsAt } from './reviewCutRewrite';
import { RequestData, ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * What is asked for at the read-back and at the list of parts to change: the request read from
 * the words typed (a part named, put back, moved, taken out, a note for the key worker ...), and
 * the answer to "which part?" and "what should it say now?".
 */

/** At the read-back or the end: "delete number 8", "can I add another dream", "that's a health thing". */
export async function requestAtReadBack(session: JourneySession, position: Position, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  // "can i do a goal for buster", "walk buster is on there twice": about a hope already there (or a goal there twice).
  // "take out the bit that says ...", "the chef one says ...", "3 no wen": the item pointed at by its words or number.
  // "the TA group is help she needs, not what it makes possible. and the sleepover isnt help": every part named moves at once.
  // "another hard thing is noise", "add that he cant sleep": a new need, read back first.
  // "can you tell my key worker i want to start in september": a note for them, kept beside the plan.
  // "put the tired one back": its earlier words again, or said kindly that they are not kept.
  // "Add a hope: ... And change 8 to ...": the first change now, the second once it is done.
  // "job is 2 times. remove one": one request, the copy found and taken out after a yes.
  // "take out the bit about the dryer. it should say ...": the new wording read back for that part.
  // "take out the bit about 'after contact with his mum' from what makes things hard. ill talk to his social worker":
  // the quoted words are what goes; where they are and the remark beside them are no part of them.
  const quotedOnly = quotedOutOfPart(text);
  if (quotedOnly) return requestAtReadBack(session, position, draft, quotedOnly);
  const rewrite = cutWithNewWordsAt(draft, text);
  // "the sentence. it should say i will catch the bus on my own", with one goal in the plan: its sentence, read back first.
  const sentence = draft ? onlyGoalsSentence(draft, text) : undefined;
  if (sentence) return sentence;
  if (rewrite) return rewrite;
  const twice = saysTwiceOnly(text) ? twiceOffer(draft, text) : undefined;
  if (twice) return twice;
  // "split 4": that part made two, its parts read back for a yes.
  const split = splitAtReview(session, draft, text);
  if (split) return split;
  const first = await firstOfTwo(session, draft, text, (said) => requestAtReadBack(session, position, draft, said));
  if (first) return first;
  const back = await putBackNamedAtReview(session, draft, text);
  if (back) return back;
  const shownPlace = removePlaceInShownPart(draft, position, text);
  if (shownPlace) return shownPlace;
  // "take out number 3" after a few parts were listed to choose from: the third of those.
  const numbered = numberInListShown(draft, session.journey.listShown, text);
  if (numbered) return numbered;
  // "add help for the bus outcome: my job coach comes once a week": new help under that outcome.
  const help = addHelpIn(draft, text);
  if (help) return help;
  const note = await keyWorkerNoteIn(session, draft, position, text);
  if (note) return note;
  // "the most important one is the flat": that hope is marked and put first; "move the toilet goal before the swimming one": that goal moves.
  const priority = (await orderIn(session, draft, text)) ?? (await priorityIn(session, draft, text));
  if (priority) return priority;
  const need = needAskedFor(text);
  if (need) return need;
  // "can we change the easter one to the summer": that outcome's date, never its words; "all the dates to june": every goal's.
  const dated = datesRequestAtReview(session, draft, text) ?? dateRequestAtReview(draft, text, session.today);
  if (dated) return dated;
  const swapped = await fieldSwapIn(session, draft, text);
  if (swapped) return swapped;
  // "it shud say play boccia not play sport": the part that says "play sport", those words changed.
  const wordSwap = wordSwapAtReview(draft, text);
  if (wordSwap) return wordSwap;
  // "change the sentence", "the wording is wrong" with two goals or more: which goal is asked, never the first one changed.
  const newWords = draft && draft.outcomes.length >= 2 && asksToChangeWording(text) ? { words: readFieldEdit(text)?.words } : undefined;
  if (draft && newWords) return { goTo: { step: Step.reviewChange, data: { [RequestData.choose]: draft.outcomes.map((o) => o.id).join(' '), ...(newWords.words ? { [RequestData.newText]: newWords.words } : {}) } } };
  const pointed = namedEditIn(draft, text);
  if (pointed) return pointed;
  const about = aboutAHopeThere(draft, text);
  if (about) await queueOtherHopesNamed(session, draft, text, about);
  if (about) return about;
  // "delete that last answer": the part added last, after a yes.
  const last = draft ? removeLastAt(draft, session.journey.answered, text) : undefined;
  if (last) return last;
  // "delete it", "remove number 8": one part taken out, after a yes.
  if (asksToRemove(text) !== null) return answerChange(session, { ...position, step: Step.reviewChange, data: {} }, draft, text);
  return allHelpRequestIn(draft, text) ?? fieldRequestIn(draft, text) ?? requestIn(draft, text) ?? removalNamedBeside(draft, text);
}

/** New words for "the sentence" when the plan has one goal, so the sentence meant is plain; never its measure. */
function onlyGoalsSentence(draft: Draft, text: string): Next | undefined {
  const edit = draft.outcomes.length === 1 ? readFieldEdit(text) : null;
  if (edit?.field !== 'step' || !edit.words) return undefined;
  return { goTo: { step: Step.reviewChange, data: { itemId: draft.outcomes[0]!.id, [RequestData.newText]: edit.words } } };
}

export function afterLooksGood(draft: Draft | undefined): Next {
  const canShare = Boolean(draft?.keyWorker?.invitationCode) && !draft?.keyWorker?.shared;
  return { goTo: { step: canShare ? Step.reviewShare : Step.reviewDone } };
}

export async function answerChange(session: JourneySession, position: Position, draft: Draft | undefined, text: string): Promise<Next> {
  if (!draft) return { goTo: { step: Step.reviewSummary } };
  if (position.data?.[RequestData.split]) return answerSplit(session, position, text);
  if (position.data?.[RequestData.dates]) return answerDates(session, position, text);
  // "no thats not what i said" at "Change X to Y?": a no, so the old words stay and what they want instead is asked.
  if ((position.data?.[RequestData.newText] || position.data?.[RequestData.field]) && refusesChange(text)) return answerRequest(session, draft, position, 'no');
  if (isRequestPosition(position)) return answerRequest(session, draft, position, text);
  const items = changeableItems(draft);
  const itemId = position.data?.itemId;
  const removing = position.data?.remove === REMOVING;
  // "delete", "get rid of the bus one", "the bus one isnt a hard thing": one part taken out, after a yes ("no. take it out" is one).
  // "done", "nothing. im done. its fine", "no changes, looks good": nothing to change, so on as "Looks good" goes.
  if (!itemId && !removing && saysDoneAtPick(text)) return afterLooksGood(draft);
  const remove = removing ? null : asksToRemove(text);
  const notAPart = removing ? undefined : notAPartAtChange(draft, items, itemId, text, REMOVING);
  if (notAPart) return notAPart;
  if (!itemId) {
    // Easy read, a long plan: "my goals", "what is hard" picks the part whose items are listed next.
    const part = asksPartFirst(session, draft, position) ? partPickedFirst(draft, text) : undefined;
    if (part) return part;
    // "no dont change road dream": that part stays as it is, never picked for new words.
    if (saysDoNotChange(text)) return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
    // "the goal", "no the goal": the one goal is picked, never shown again as a list.
    const goal = goalNamedAtPick(items, position, text, removing);
    if (goal) return goal;
    // "show outcomes", "show all" at a long list: those parts listed, numbered as before.
    const pickable = buttonItems(draft, position) ?? [];
    const list = listAsked(position, pickable.length, text);
    if (list) return list;
    // "show my goals": that part in full before picking; "more", "next": the next page of parts to pick from.
    const shown = showPart(text);
    if (shown) return shown;
    if (asksForMore(text) && hasPages(pickable.length)) return { goTo: nextPage(position, pickable.length) };
    const pointed = namedEditIn(draft, text) ?? needAskedFor(text);
    if (pointed) return pointed;
    const request = remove === null && !removing ? (aboutAHopeThere(draft, text) ?? addHelpIn(draft, text) ?? allHelpRequestIn(draft, text) ?? fieldRequestIn(draft, text, undefined, !position.data?.[RequestData.choose]) ?? requestIn(draft, text)) : undefined;
    if (request) return request;
    // "the first one" after the list of parts: that place in the list just shown, no kind word needed.
    const placed = position.data?.[RequestData.choose] ? undefined : placeInListShown(draft, session.journey.listShown, pickable, text, removing || remove !== null ? { remove: 'yes' } : {});
    if (placed) return placed;
    return pickPart(draft, items, position, text, remove, removing);
  }
  return answerNewWords(session, draft, items, position, text, remove, (said) => requestAtReadBack(session, { ...position, step: Step.reviewSummary, data: {} }, draft, said));
}

