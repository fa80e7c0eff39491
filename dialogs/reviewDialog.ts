import { saysNothingToChange } from '../src/language/readBackAnswers';
import { goodThingMovedAtReview } from './reviewGoodThingMoved';
import type { TurnContext } from 'botbuilder';
import { saysDoneAtPick } from '../src/language/doneAtPick';
import { changeActions, MORE_LABEL_KEY } from './reviewPages';
import { listLine, partsListTexts } from './reviewPartsList';
import { asksPartFirst, partListTexts } from './reviewPartFirst';
import { finishDraft, keepsEarlierWords, markCommentsSeen, resubmit, unseenComments } from '../src/domain/draft';
import { keyWorkerCommentsText } from './keyWorkerComments';
import { answerProposalStep, nextProposal, proposalPosition, proposalQuestion } from './reviewProposal';
import { DialogId, Stage, Step } from './ids';
import { alsoNumbered } from '../src/language/alsoNumbered';
import { changeQuestion, understandAtDone, understandReview } from './reviewChangeQuestion';
import { movedTo, type Position } from './journey';
import { sendCards } from './reviewCard';
import { oneOutcomeAgreed } from './reviewOneAgreed';
import { answerSummaryPart, cardsBefore, SummaryData, readBackStart, showPart, summaryChoices, summaryQuestion } from './reviewSummary';
import { changeableItems } from './reviewItems';
import { wordsToKeep } from './reviewAddHope';
import { letsGoOfChange, saysGoodEnough, saysFineAsItIs } from '../src/language/letGo';
import { askedAfterAgreeing, saysFinishAsItIs, takesBackAgreeing } from '../src/language/agreedBut';
import { buttonItems, isRequestPosition } from './reviewPickable';
import { numberNotInList } from './reviewRemoveMany';
import { numbersNamed } from './reviewListShown';
import { aboutMePicked } from './reviewAboutMePicked';
import { notAHopeNamed } from './reviewNotAHopeNamed';
import { putBackAt } from './reviewOutcomeHope';
import { keptAsItIs } from './reviewNewWords';
import { kindOnlyNamed } from '../src/language/notNewWords';
import { remarkAtReview } from './reviewAudience';
import { planAskedAtReview } from './reviewPlanAsked';
import { asksToRemoveUnnamed } from '../src/language/reviewQuestions';
import { answerNoInstead } from './reviewNoInstead';
import { afterLooksGood, answerChange, requestAtReadBack } from './reviewAsked';
import { laterRequestAfter, readBackPosition } from './reviewLaterRequest';
import { comeBackToldBefore, sendDone, type DownloadsFor } from './reviewDone';
import { answerShare } from './reviewShare';
import { rememberReviewChange, undoAtReview, withUndoHeard } from './reviewUndo';
import { asksToStopGoingBack } from '../src/language/putBack';
import { DONE_CHOICES, RequestData, ReviewText as T, SHARE_CHOICES } from './reviewText';
import { questionActivity, type Choice, type Question } from './say';
import type { JourneySession } from './session';
import { StageDialog, type Next } from './stageDialog';
import { matchChoice, matchWholeChoice, understandChoice } from './understand';
import { withChangeSpelt } from '../src/language/changeSpelt';
import { understandShare, understandSummary } from './closedReplies';
import { helperVars, withHelper } from './planHelperWords';

export { ReviewNotSure, ReviewText } from './reviewText';

export type { DownloadsFor } from './reviewDone';

/** A button's words with a slip; "eat healthy food" is never "Looks good" for one close word: finishing needs the whole label. */
function closeChoice(text: string, shown: readonly Choice[], words: Parameters<typeof matchChoice>[2]): string | undefined {
  const close = matchChoice(text, shown, words);
  return close === 'good' && matchWholeChoice(text, shown, words) !== 'good' ? undefined : close;
}

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
    return withUndoHeard(await this.questionFor(session, position));
  }

  private async questionFor(session: JourneySession, position: Position): Promise<Question> {
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
    const told = await comeBackToldBefore(session);
    const next = await this.answerTold(session, position, typed);
    // How to come back was said just before: the end of the review does not say it again.
    return told && next.goTo?.step === Step.reviewDone ? { ...next, goTo: { ...next.goTo, data: { ...next.goTo.data, comeBackTold: '1' } } } : next;
  }

  private async answerTold(session: JourneySession, position: Position, typed: string): Promise<Next> {
    const before = await session.draft();
    // "undo", "you saved me asking": the last change put back (a move just made is put back by its own question).
    const undoable = position.step === Step.reviewSummary || position.step === Step.reviewDone;
    const undone = undoable && !putBackAt(before, position, typed) ? await undoAtReview(session, before, typed) : undefined;
    if (undone) return undone;
    const asked = await this.answerAt(session, position, typed);
    await rememberReviewChange(session, before);
    // The second of two changes asked in one message: read back once the first is finished.
    const next = await laterRequestAfter(session, asked, letsGoOfChange(typed), (draft, text) => requestAtReadBack(session, readBackPosition, draft, text));
    // Not understood at the read-back: which part, briefly; the whole plan is never printed again for a miss.
    const back = next.goTo;
    if (position.step === Step.reviewSummary && next.miss && back?.step === Step.reviewSummary) return { ...next, goTo: { ...back, data: { ...back.data, [SummaryData.again]: '1' } } };
    return next;
  }

  private async answerAt(session: JourneySession, position: Position, typed: string): Promise<Next> {
    const draft = await session.draft();
    // "chnage my hopes": the asking word typed fast is read as it was meant (never at new words, kept as typed).
    // "change 7 as well please" just after a change: one more part named, never "well please" as its words.
    const text = position.step === Step.reviewSummary || (position.step === Step.reviewChange && !position.data?.itemId) ? (alsoNumbered(typed) ?? withChangeSpelt(typed)) : typed;
    const retry: Next = { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
    switch (position.step) {
      case Step.reviewSummary: {
        // "the laughing bit shouldnt be in the hard things, its a good thing about him": moved, never "looks good".
        const goodThing = await goodThingMovedAtReview(session, draft, text);
        if (goodThing) return goodThing;
        // "Also this is not hope. Delete also": the hope with those words, read back to take out.
        const notAHope = notAHopeNamed(draft, text);
        if (notAHope) return notAHope;
        // "Looks good. Well it doesn't but I've had enough.": asked once whether to finish as it is or change
        // something; said again, it finishes as "Looks good" does.
        const finishAsked = position.data?.[SummaryData.finishAsked] === '1';
        if (finishAsked && saysFinishAsItIs(text)) return afterLooksGood(draft);
        if (takesBackAgreeing(text)) {
          if (finishAsked) return afterLooksGood(draft);
          return { say: [{ key: T.finishOrChange }], goTo: { step: Step.reviewSummary, data: { [SummaryData.brief]: '1', [SummaryData.finishAsked]: '1' } } };
        }
        // "looks good but can i change the football one?": the question wins; only "looks good" alone finishes.
        const asked = askedAfterAgreeing(text);
        if (asked) return this.answerAt(session, position, asked);
        // "yes stack shelves is ok": that one goal is agreed; the plan is finished only by a yes to all of it.
        const one = await oneOutcomeAgreed(session, draft, position, text);
        if (one) return one;
        const part = answerSummaryPart(session, draft, position, text, () => afterLooksGood(draft));
        if (part) return part;
        // "no", "no changes", "nah its fine" at "What would you like to change?": nothing to change, so on as "Looks good" goes.
        // At a part read back ("Is this right?") a "no" asks for a change, so only at the whole plan's question.
        if (position.data?.[SummaryData.part] === undefined && saysNothingToChange(text)) return afterLooksGood(draft);
        // "finish", "I don't want to change anything. Looks good.": on as "Looks good" goes, whatever the parts hold.
        if (saysDoneAtPick(text)) return afterLooksGood(draft);
        // "cancel, leave that one as it is": nothing changed, the read-back goes on; "leave it, it's good enough": on as "Looks good" goes.
        // "its fine leave it" at the whole plan's question: nothing to change, so on as "Looks good" goes.
        const wholePlan = position.data?.[SummaryData.part] === undefined && position.data?.[SummaryData.show] === undefined;
        if (letsGoOfChange(text)) return saysGoodEnough(text) || (wholePlan && saysFineAsItIs(text)) ? { ...afterLooksGood(draft), say: [{ key: T.leftAsItWas }] } : { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
        // "put it back" just after a move: the move undone, after a yes.
        const back = putBackAt(draft, position, text);
        if (back) return back;
        // "I want to change About me": its answers opened, never a pick of the whole plan.
        const aboutMe = aboutMePicked(draft, text);
        if (aboutMe) return aboutMe;
        // "4 and 5", "43 can go": every number named is acted on; one past the end changes nothing.
        const numbers = draft ? numbersNamed(changeableItems(draft), text) : undefined;
        if (numbers) return numbers;
        // "number 25" with fewer parts: how far the list goes, then the list to pick from.
        const tooFar = draft ? numberNotInList(changeableItems(draft).length, text) : undefined;
        if (tooFar) return tooFar;
        // "why has the bus bit got dots at the end", "did i tell you i cant drive anymore?": answered from the draft.
        const planAsked = planAskedAtReview(draft, text);
        if (planAsked) return planAsked;
        const request = await requestAtReadBack(session, position, draft, text);
        if (request) return request;
        // "take that bit out its weird": which part, briefly, never a guess at a part nor the whole plan again.
        if (asksToRemoveUnnamed(text)) return { goTo: { step: Step.reviewSummary, data: { [SummaryData.again]: '1' } } };
        // "looks god", "abot me": a button's words with a slip are that button.
        const shown = (await this.questionAt(session, position)).choices ?? summaryChoices(draft);
        const choice = understandChoice(text, { choices: summaryChoices(draft), understand: understandSummary }, session.words) ?? closeChoice(text, shown, session.words);
        if (choice?.startsWith('show:')) return { goTo: { step: Step.reviewSummary, data: { [SummaryData.show]: choice.slice('show:'.length) } } };
        if (choice === 'change') return { goTo: { step: Step.reviewChange } };
        if (choice === 'sendBack') {
          const sent = await session.updateDraft('sent back to key worker', (d) => resubmit(d, session.today));
          await session.services.draftSentToKeyWorker?.(sent, 'resubmitted');
          return { say: [{ key: T.sentBack }], goTo: { step: Step.reviewDone } };
        }
        if (choice === 'good') return afterLooksGood(draft);
        // "can karen see it. and my dad", "christmas is 25 december not 18": answered, never offered as a hope.
        return (await remarkAtReview(session, draft, position, text)) ?? wordsToKeep(session, draft, text) ?? { ...retry, goTo: { ...position, data: { ...position.data, [SummaryData.again]: '1' } } };
      }
      case Step.reviewChange:
      case Step.reviewProposal: {
        // "None of these. I want to change About me" while picking a part: the about-me answers, never "nothing changed".
        const aboutMe = position.step === Step.reviewChange && !position.data?.itemId ? aboutMePicked(draft, text) : undefined;
        if (aboutMe) return aboutMe;
        // "ugh forget it", "NO. stop. go back" at a question about a change: back to the summary, nothing changed or kept.
        if (letsGoOfChange(text) || asksToStopGoingBack(text)) return saysGoodEnough(text) ? { ...afterLooksGood(draft), say: [{ key: T.leftAsItWas }] } : { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
        const kept = position.step === Step.reviewChange ? keptAsItIs(position, text) : undefined;
        if (kept) return kept;
        // "No! Do not take that out. Take out the bit about ...": never a bare no. "no the hope" is read with the part picked.
        const picking = position.data?.itemId !== undefined || position.data?.[RequestData.choose] !== undefined;
        const pointer = position.step === Step.reviewChange && picking && position.data?.remove !== 'yes' && kindOnlyNamed(text) !== undefined;
        const instead = pointer ? undefined : await answerNoInstead(position, text, (at, said) => requestAtReadBack(session, at, draft, said));
        if (instead) return instead;
        return position.step === Step.reviewChange ? answerChange(session, position, draft, text) : answerProposalStep(session, position, text);
      }
      case Step.reviewShare:
        // "yes", "no thanks"; a message for the key worker is kept as a note first.
        return (await answerShare(session, position, text)) ?? retry;
      case Step.reviewDone: {
        const choice = understandChoice(text, { choices: DONE_CHOICES, understand: understandAtDone }, session.words);
        // "show me the goals": back to the read-back, with that part in full.
        const shown = choice === 'finish' ? undefined : showPart(text);
        if (shown) return shown;
        if (choice === 'again') return { goTo: { step: Step.reviewSummary } };
        // Words typed at the end (or after "Finish") are offered a place in the plan, never dropped.
        if (!choice) return (await requestAtReadBack(session, position, draft, text)) ?? (await remarkAtReview(session, draft, position, text)) ?? wordsToKeep(session, draft, text) ?? { ...retry, goTo: { ...position, data: { ...position.data, again: '1' } } };
        return { say: [{ key: T.doneBye }] };
      }
      default:
        return { goTo: { step: Step.reviewSummary } };
    }
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
        return afterLooksGood(await session.draft());
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
      // In easy read a long plan's part is asked first: its own buttons stay, no list yet.
      const buttons = draft && !asksPartFirst(session, draft, position) ? buttonItems(draft, position) : undefined;
      // A long list comes a page at a time; every item can still be picked by its number or its words.
      // What "number 3" means from now on: the third part of this list.
      if (buttons) await session.updateJourney((journey) => ({ ...journey, listShown: buttons.map((b) => b.id) }));
      if (buttons) activity.suggestedActions = { to: [], actions: changeActions(buttons, position, session.t(MORE_LABEL_KEY)) };
      // More parts than the buttons show: listed first, numbered, one short line each (a long plan as an index, then the list asked for).
      const inPart = buttons ? partListTexts(session.t, position, buttons, listLine) : [];
      const lists = inPart.length > 0 || !buttons ? inPart : partsListTexts(buttons, position, session.t, draft);
      for (const text of lists) await context.sendActivity({ type: 'message', text, channelData: { outcomes: { partsList: true, mode: session.mode } } });
      await context.sendActivity(activity);
      return;
    }
    await sendDone(context, session, draft, activity, this.downloadsFor, position.data?.comeBackTold === '1');
  }
}
