import type { TurnContext } from 'botbuilder';
import { saysDoNotChange } from '../src/language/wrongHope';
import { saysDoneAtPick } from '../src/language/doneAtPick';
import { asksForMore, changeActions, hasPages, MORE_LABEL_KEY, nextPage } from './reviewPages';
import { finishDraft, keepsEarlierWords, markCommentsSeen, resubmit, setKeyWorker, setStatus, unseenComments, type Draft } from '../src/domain/draft';
import { asksToRemove } from '../src/language';
import { keyWorkerCommentsText } from './keyWorkerComments';
import { answerProposalStep, nextProposal, proposalPosition, proposalQuestion } from './reviewProposal';
import { allHelpRequestIn } from './reviewAllHelp';
import { priorityIn } from './reviewPriority';
import { orderIn } from './reviewOrder';
import { keyWorkerNoteIn } from './reviewKeyWorkerNote';
import { DialogId, Stage, Step } from './ids';
import { changeQuestion, understandAtDone, understandReview } from './reviewChangeQuestion';
import { movedTo, type Position } from './journey';
import { sendCards } from './reviewCard';
import { answerSummaryPart, cardsBefore, SummaryData, readBackStart, showPart, summaryChoices, summaryQuestion } from './reviewSummary';
import { changeableItems } from './reviewItems';
import { removePlaceInShownPart } from './reviewShownPlace';
import { needAskedFor, wordsToKeep } from './reviewAddHope';
import { fieldRequestIn } from './reviewOutcomeField';
import { dateRequestAtReview } from './dateChange';
import { fieldSwapIn } from './reviewFieldSwap';
import { letsGoOfChange, saysGoodEnough } from '../src/language/letGo';
import { askedAfterAgreeing } from '../src/language/agreedBut';
import { answerRequest, removalNamedBeside, requestIn } from './reviewRequests';
import { wordSwapAtReview } from './reviewWordSwap';
import { putBackNamedAtReview } from './reviewPutBack';
import { buttonItems, isRequestPosition } from './reviewPickable';
import { goalNamedAtPick, notAPartAtChange, numberNotInList, pickPart, removeLastAt } from './reviewRemoveMany';
import { aboutAHopeThere } from './reviewGoalFor';
import { putBackAt } from './reviewOutcomeHope';
import { namedEditIn } from './reviewNamedEdit';
import { numberInListShown } from './reviewListShown';
import { answerNewWords, keptAsItIs, REMOVING } from './reviewNewWords';
import { remarkAtReview } from './reviewAudience';
import { answerNoInstead } from './reviewNoInstead';
import { sendDone, type DownloadsFor } from './reviewDone';
import { DONE_CHOICES, RequestData, ReviewText as T, SHARE_CHOICES } from './reviewText';
import { questionActivity, type Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { matchChoice, understandChoice } from './understand';
import { withChangeSpelt } from '../src/language/changeSpelt';
import { understandShare, understandSummary } from './closedReplies';
import { helperVars, withHelper } from './planHelperWords';

export { ReviewNotSure, ReviewText } from './reviewText';

export type { DownloadsFor } from './reviewDone';

/** Reads everything back as a card, lets the person change any of it, share it, and take a copy. */
export class ReviewDialog extends StageDialog {
  readonly stage = Stage.review;

  constructor(private readonly downloadsFor?: DownloadsFor) {
    super(DialogId.review);
  }

  protected async first(session: JourneySession): Promise<Omit<Position, 'stage'>> {
    const data = readBackStart(session, await session.draft());
    return { step: Step.reviewSummary, ...(data ? { data } : {}) };
  }

  protected async question(session: JourneySession, position: Position): Promise<Question> {
    const draft = await session.draft();
    const name = draft?.youngPerson.name ?? '';
    switch (position.step) {
      case Step.reviewChange:
        return changeQuestion(session, draft, position);
      case Step.reviewProposal: {
        const asked = proposalQuestion(draft, position);
        if (asked) return asked;
        return { step: Step.reviewSummary, words: { key: T.summaryQuestion }, choices: summaryChoices(draft) };
      }
      case Step.reviewShare:
        return { step: position.step, words: withHelper({ key: T.shareQuestion }, T.shareQuestionNamed, helperVars(session.t, draft, session.journey.helper)), choices: SHARE_CHOICES, understand: understandShare };
      case Step.reviewDone:
        return { step: position.step, words: { key: position.data?.again ? T.doneAgain : T.doneQuestion, vars: { name } }, choices: DONE_CHOICES, understand: understandAtDone };
      case Step.reviewSummary:
      default:
        return summaryQuestion(session, draft, position, summaryChoices(draft), understandReview);
    }
  }

  protected async answer(session: JourneySession, position: Position, typed: string): Promise<Next> {
    const draft = await session.draft();
    // "chnage my hopes": the asking word typed fast is read as it was meant (never at new words, kept as typed).
    const text = position.step === Step.reviewSummary || (position.step === Step.reviewChange && !position.data?.itemId) ? withChangeSpelt(typed) : typed;
    const retry: Next = { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
    switch (position.step) {
      case Step.reviewSummary: {
        // "looks good but can i change the football one?": the question wins; only "looks good" alone finishes.
        const asked = askedAfterAgreeing(text);
        if (asked) return this.answer(session, position, asked);
        const part = answerSummaryPart(session, draft, position, text, () => this.afterLooksGood(draft));
        if (part) return part;
        // "finish", "I don't want to change anything. Looks good.": on as "Looks good" goes, whatever the parts hold.
        if (saysDoneAtPick(text)) return this.afterLooksGood(draft);
        // "cancel, leave that one as it is": nothing changed, the read-back goes on; "leave it, it's good enough": on as "Looks good" goes.
        if (letsGoOfChange(text)) return saysGoodEnough(text) ? { ...this.afterLooksGood(draft), say: [{ key: T.leftAsItWas }] } : { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
        // "put it back" just after a move: the move undone, after a yes.
        const back = putBackAt(draft, position, text);
        if (back) return back;
        // "number 25" with fewer parts: how far the list goes, then the list to pick from.
        const tooFar = draft ? numberNotInList(changeableItems(draft).length, text) : undefined;
        if (tooFar) return tooFar;
        const request = await this.requestAtReadBack(session, position, draft, text);
        if (request) return request;
        // "looks god", "abot me": a button's words with a slip are that button.
        const shown = (await this.questionAt(session, position)).choices ?? summaryChoices(draft);
        const choice = understandChoice(text, { choices: summaryChoices(draft), understand: understandSummary }, session.words) ?? matchChoice(text, shown, session.words);
        if (choice?.startsWith('show:')) return { goTo: { step: Step.reviewSummary, data: { [SummaryData.show]: choice.slice('show:'.length) } } };
        if (choice === 'change') return { goTo: { step: Step.reviewChange } };
        if (choice === 'sendBack') {
          const sent = await session.updateDraft('sent back to key worker', (d) => resubmit(d, session.today));
          await session.services.draftSentToKeyWorker?.(sent, 'resubmitted');
          return { say: [{ key: T.sentBack }], goTo: { step: Step.reviewDone } };
        }
        if (choice === 'good') return this.afterLooksGood(draft);
        // "can karen see it. and my dad", "christmas is 25 december not 18": answered, never offered as a hope.
        return (await remarkAtReview(session, draft, position, text)) ?? wordsToKeep(session, draft, text) ?? { ...retry, goTo: { ...position, data: { ...position.data, again: '1' } } };
      }
      case Step.reviewChange:
      case Step.reviewProposal: {
        // "ugh forget it" at a question about a change: back to the summary, nothing changed or kept.
        if (letsGoOfChange(text)) return saysGoodEnough(text) ? { ...this.afterLooksGood(draft), say: [{ key: T.leftAsItWas }] } : { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
        const kept = position.step === Step.reviewChange ? keptAsItIs(position, text) : undefined;
        if (kept) return kept;
        // "No! Do not take that out. Take out the bit about ...": never a bare no.
        const instead = await answerNoInstead(position, text, (at, said) => this.requestAtReadBack(session, at, draft, said));
        if (instead) return instead;
        return position.step === Step.reviewChange ? this.answerChange(session, position, draft, text) : answerProposalStep(session, position, text);
      }
      case Step.reviewShare: {
        const choice = understandChoice(text, { choices: SHARE_CHOICES, understand: understandShare }, session.words);
        if (!choice) return retry;
        if (choice === 'yes') {
          const shared = await session.updateDraft('shared with key worker', (d) => setStatus(setKeyWorker(d, { shared: true }), 'submitted'));
          await session.services.draftSentToKeyWorker?.(shared, 'shared');
        }
        return { say: [choice === 'yes' ? withHelper({ key: T.shared }, T.sharedNamed, helperVars(session.t, draft, session.journey.helper)) : { key: T.notShared }], goTo: { step: Step.reviewDone } };
      }
      case Step.reviewDone: {
        const choice = understandChoice(text, { choices: DONE_CHOICES, understand: understandAtDone }, session.words);
        // "show me the goals": back to the read-back, with that part in full.
        const shown = choice === 'finish' ? undefined : showPart(text);
        if (shown) return shown;
        if (choice === 'again') return { goTo: { step: Step.reviewSummary } };
        // Words typed at the end (or after "Finish") are offered a place in the plan, never dropped.
        if (!choice) return (await this.requestAtReadBack(session, position, draft, text)) ?? (await remarkAtReview(session, draft, position, text)) ?? wordsToKeep(session, draft, text) ?? { ...retry, goTo: { ...position, data: { ...position.data, again: '1' } } };
        return { say: [{ key: T.doneBye }] };
      }
      default:
        return { goTo: { step: Step.reviewSummary } };
    }
  }

  /** At the read-back or the end: "delete number 8", "can I add another dream", "that's a health thing". */
  private async requestAtReadBack(session: JourneySession, position: Position, draft: Draft | undefined, text: string): Promise<Next | undefined> {
    // "can i do a goal for buster", "walk buster is on there twice": about a hope already there.
    // "take out the bit that says ...", "the chef one says ...", "3 no wen": the item pointed at by its words or number.
    // "the TA group is help she needs, not what it makes possible. and the sleepover isnt help": every part named moves at once.
    // "another hard thing is noise", "add that he cant sleep": a new need, read back first.
    // "can you tell my key worker i want to start in september": a note for them, kept beside the plan.
    // "put the tired one back": its earlier words again, or said kindly that they are not kept.
    const back = await putBackNamedAtReview(session, draft, text);
    if (back) return back;
    const shownPlace = removePlaceInShownPart(draft, position, text);
    if (shownPlace) return shownPlace;
    // "take out number 3" after a few parts were listed to choose from: the third of those.
    const numbered = numberInListShown(draft, session.journey.listShown, text);
    if (numbered) return numbered;
    const note = await keyWorkerNoteIn(session, draft, position, text);
    if (note) return note;
    // "the most important one is the flat": that hope is marked and put first; "move the toilet goal before the swimming one": that goal moves.
    const priority = (await orderIn(session, draft, text)) ?? (await priorityIn(session, draft, text));
    if (priority) return priority;
    const need = needAskedFor(text);
    if (need) return need;
    // "can we change the easter one to the summer": that outcome's date, never its words.
    const dated = dateRequestAtReview(draft, text, session.today);
    if (dated) return dated;
    const swapped = await fieldSwapIn(session, draft, text);
    if (swapped) return swapped;
    // "it shud say play boccia not play sport": the part that says "play sport", those words changed.
    const wordSwap = wordSwapAtReview(draft, text);
    if (wordSwap) return wordSwap;
    const pointed = namedEditIn(draft, text);
    if (pointed) return pointed;
    const about = aboutAHopeThere(draft, text);
    if (about) return about;
    // "delete that last answer": the part added last, after a yes.
    const last = draft ? removeLastAt(draft, session.journey.answered, text) : undefined;
    if (last) return last;
    // "delete it", "remove number 8": one part taken out, after a yes.
    if (asksToRemove(text) !== null) return this.answerChange(session, { ...position, step: Step.reviewChange, data: {} }, draft, text);
    return allHelpRequestIn(draft, text) ?? fieldRequestIn(draft, text) ?? requestIn(draft, text) ?? removalNamedBeside(draft, text);
  }

  private afterLooksGood(draft: Draft | undefined): Next {
    const canShare = Boolean(draft?.keyWorker?.invitationCode) && !draft?.keyWorker?.shared;
    return { goTo: { step: canShare ? Step.reviewShare : Step.reviewDone } };
  }

  private async answerChange(session: JourneySession, position: Position, draft: Draft | undefined, text: string): Promise<Next> {
    if (!draft) return { goTo: { step: Step.reviewSummary } };
    if (isRequestPosition(position)) return answerRequest(session, draft, position, text);
    const items = changeableItems(draft);
    const itemId = position.data?.itemId;
    const removing = position.data?.remove === REMOVING;
    // "delete", "get rid of the bus one", "the bus one isnt a hard thing": one part taken out, after a yes ("no. take it out" is one).
    // "done", "nothing. im done. its fine", "no changes, looks good": nothing to change, so on as "Looks good" goes.
    if (!itemId && !removing && saysDoneAtPick(text)) return this.afterLooksGood(draft);
    const remove = removing ? null : asksToRemove(text);
    const notAPart = removing ? undefined : notAPartAtChange(draft, items, itemId, text, REMOVING);
    if (notAPart) return notAPart;
    if (!itemId) {
      // "no dont change road dream": that part stays as it is, never picked for new words.
      if (saysDoNotChange(text)) return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
      // "the goal", "no the goal": the one goal is picked, never shown again as a list.
      const goal = goalNamedAtPick(items, position, text, removing);
      if (goal) return goal;
      // "show my goals": that part in full before picking; "more", "next": the next page of parts to pick from.
      const shown = showPart(text);
      if (shown) return shown;
      const pickable = buttonItems(draft, position) ?? [];
      if (asksForMore(text) && hasPages(pickable.length)) return { goTo: nextPage(position, pickable.length) };
      const pointed = namedEditIn(draft, text) ?? needAskedFor(text);
      if (pointed) return pointed;
      const request = remove === null && !removing ? (aboutAHopeThere(draft, text) ?? allHelpRequestIn(draft, text) ?? fieldRequestIn(draft, text, undefined, !position.data?.[RequestData.choose]) ?? requestIn(draft, text)) : undefined;
      if (request) return request;
      return pickPart(draft, items, position, text, remove, removing);
    }
    return answerNewWords(session, draft, items, position, text, remove, (said) => this.requestAtReadBack(session, { ...position, step: Step.reviewSummary, data: {} }, draft, said));
  }

  /** After two misses: not shared (it can be shared later); at the end, finish. */
  protected override async byDefault(session: JourneySession, position: Position, text: string): Promise<Next> {
    if (position.step === Step.reviewShare) return { say: [{ key: T.shareDefaulted }], goTo: { step: Step.reviewDone } };
    if (position.step === Step.reviewDone) return { say: [{ key: T.doneBye }] };
    return super.byDefault(session, position, text);
  }

  /** "Skip" moves on without changing anything. */
  override async skip(session: JourneySession, position: Position): Promise<Next> {
    switch (position.step) {
      case Step.reviewSummary:
        return this.afterLooksGood(await session.draft());
      // "leave it" once a part was picked (or while one is picked): that part stays as it was, and they are told so.
      case Step.reviewChange:
        return position.data?.itemId || isRequestPosition(position) ? { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } } : { goTo: { step: Step.reviewSummary } };
      case Step.reviewProposal:
        return { goTo: { step: Step.reviewSummary } };
      case Step.reviewShare:
        return { goTo: { step: Step.reviewDone } };
      default:
        return {};
    }
  }

  /**
   * The read-back shows the key worker's comments, so from then on they are seen. The change list
   * names the person's own items; the done message carries the draft and its download links.
   */
  protected override async ask(context: TurnContext, session: JourneySession, position: Position): Promise<void> {
    if (position.step === Step.reviewSummary) {
      const draft = await session.draft();
      if (draft && unseenComments(draft).length > 0) await session.updateDraft('key worker comments seen', (d) => markCommentsSeen(d, session.today));
      // The key worker's comments as a message of their own, newest first, before the read-back.
      const comments = draft && keyWorkerCommentsText(draft, session.t);
      if (comments) await context.sendActivity({ type: 'message', text: comments, channelData: { outcomes: { keyWorkerComments: true, mode: session.mode } } });
      // Words the key worker proposed are answered first, one at a time.
      const proposal = nextProposal(draft);
      if (proposal) return super.ask(context, session, { ...position, ...proposalPosition(proposal) });
      await sendCards(context, session, cardsBefore(session, draft, position));
    }
    if (position.step !== Step.reviewChange && position.step !== Step.reviewDone) return super.ask(context, session, position);
    await session.updateJourney((journey) => movedTo(journey, position));
    if (position.step === Step.reviewDone) {
      // Finished: ready for the key worker to review (a draft already shared keeps its review status).
      const current = await session.draft();
      if (current && (current.status === 'in_progress' || keepsEarlierWords(current))) await session.updateDraft('ready for review', finishDraft);
    }
    const draft = await session.draft();
    const activity = questionActivity(await this.asked(session, position), session.t, { mode: session.mode, stage: this.stage });
    if (position.step === Step.reviewChange) {
      // Picking a part: the parts that fit as buttons (a question with its own choices keeps them).
      const buttons = draft ? buttonItems(draft, position) : undefined;
      // A long list comes a page at a time; every item can still be picked by its number or its words.
      // What "number 3" means from now on: the third part of this list.
      if (buttons) await session.updateJourney((journey) => ({ ...journey, listShown: buttons.map((b) => b.id) }));
      if (buttons) activity.suggestedActions = { to: [], actions: changeActions(buttons, position, session.t(MORE_LABEL_KEY)) };
      await context.sendActivity(activity);
      return;
    }
    await sendDone(context, session, draft, activity, this.downloadsFor);
  }
}
