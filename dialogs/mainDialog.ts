import { ActivityTypes } from 'botbuilder';
import { messageAsRead } from './messageAsRead';
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from './dialogKit';
import { backWithReason, cannotMakeVoiceCalls, commandAfterTakeBack, recogniseCommand } from '../src/language';
import { asksToStopGoingBack } from '../src/language/putBack';
import { readWhenAsked } from '../src/language/whenAsked';
import { stepsAway } from '../src/language/momentAside';
import { besideTheMoment, sentTime } from './momentTurn';
import { readTalkAboutChat, type ChatHost } from './chatTalk';
import { keepAddedOn } from './addedOnAnswer';
import { openHopeLater } from './hopeAddedLater';
import { offerToTakeOutNamedHopes } from './needsRemoveAsked';
import { CommandText, runCommand, type AfterCommand } from './commands';
import { commandAsked } from './commandAsked';
import { quoteLastAnswer } from './lastAnswerQuoted';
import { GentleCheckDialog } from './gentleCheckDialog';
import { afterSafety, openDisclosure, type SafetyHost } from './mainSafety';
import { concernOfTurn } from './turnConcern';
import { WorryNoteText } from './worryNote';
import { DialogId, STAGE_ORDER, Stage, Step, isSafeguardingStep, type StageId } from './ids';
import { rememberReviewChange } from './reviewUndo';
import { movedTo, questionKey, type Position } from './journey';
import { REVIEW_WITH_COMMENTS, sendKeyWorkerNotice } from './keyWorkerNotice';
import { commandAt, wholePlanAtChange, isChoiceOfOpenQuestion, refusalAtOpenQuestion, unsureAtOpenQuestion } from './openQuestion';
import { answerApartFromRepeat } from './safeguardingRepeat';
import { SafeguardingDialog } from './safeguardingDialog';
import { sayAll } from './say';
import { sessionOf } from './session';
import { takeOffered } from './offeredExamples';
import { answeredBeforeTheQuestion } from './turnBeforeQuestion';
import { StageDialog, type BeginStageOptions, type StageResult } from './stageDialog';
import { understandChoice } from './understand';
import { tappedOfferedChoice } from './offeredChoices';
import { WelcomeText } from './welcomeDialog';

export { COMPLAINT_HEARD, COMPLAINT_SORRY, CORRECTION_REPLACED, CORRECTION_UNDONE, CORRECTION_UNDONE_ITEM, SMALL_TALK_HEARD, WHY_WE_ASK } from './chatTalk';

/** Begins the main dialog so that it asks the open question again, never reading the message as an answer. */
export interface ReopenOptions {
  reopen: true;
}

/**
 * Runs the stages in order, and before any stage sees a message: the safeguarding check, then the
 * global commands. A new conversation starts at the welcome; a resumed journey opens the question
 * that was open when it stopped.
 */
export class MainDialog extends ComponentDialog {
  private readonly stages = new Map<StageId, StageDialog>();
  /** What reading talk about the chat needs of this dialog. */
  private readonly host: ChatHost = {
    hasStage: (stage) => this.stages.has(stage),
    openAt: (inner, position) => this.openAt(inner, position),
    answerWith: (inner, position, text) => this.answerWith(inner, position, text),
    reprompt: (inner) => this.reprompt(inner),
    after: (inner, next) => this.after(inner, next),
  };
  /** What the safety turns (mainSafety.ts) need of this dialog. */
  private readonly safetyHost: SafetyHost = {
    stageDialogId: (stage) => this.stages.get(stage)?.id,
    openAt: (inner, position) => this.openAt(inner, position),
    after: (inner, next) => this.after(inner, next),
    afterStage: (inner, result) => this.afterStage(inner, result),
    fromTheStart: (inner) => this.beginStage(inner, STAGE_ORDER[0]!),
  };

  constructor(stages: readonly StageDialog[], safeguarding = new SafeguardingDialog(), gentleCheck = new GentleCheckDialog()) {
    super(DialogId.main);
    for (const stage of stages) {
      this.stages.set(stage.stage, stage);
      this.addDialog(stage);
    }
    this.addDialog(safeguarding);
    this.addDialog(gentleCheck);
    if (!this.stages.has(STAGE_ORDER[0]!)) throw new Error('MainDialog needs the welcome stage');
  }

  protected override async onBeginDialog(inner: DialogContext, options?: Partial<ReopenOptions>): Promise<DialogTurnResult> {
    if (options?.reopen) return this.reprompt(inner);
    const session = sessionOf(inner.context);
    const position = session.journey.position;
    const answer = inner.context.activity.type === ActivityTypes.Message;
    if (position && answer && !isSafeguardingStep(position.step) && this.stages.has(position.stage)) {
      // The dialog stack was lost (a failed turn, a new instance) but the question is stored:
      // this message answers it.
      await inner.beginDialog(this.stages.get(position.stage)!.id, { at: position, silently: true } satisfies BeginStageOptions);
      return this.onContinueDialog(inner);
    }
    if (position) return this.openAt(inner, position);
    await sayAll(inner.context, session.t, [{ key: WelcomeText.hello }]);
    return this.beginStage(inner, STAGE_ORDER[0]!);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(inner.context);
    // At the review, whatever reader changed the plan this turn, that change is the one "undo" puts back.
    const before = session.journey.position?.stage === Stage.review ? await session.draft() : undefined;
    const result = await this.continueTurn(inner);
    await rememberReviewChange(session, before);
    return result;
  }

  private async continueTurn(inner: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(inner.context);
    const activity = inner.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    // Marks said as words ("comma") become marks, and long runs are read short, for every reader.
    let text = messageAsRead(inner.context);
    // A button the bot offered with its last message ("Me, about myself", or the review's "2. <their own hard thing>",
    // whose words were checked when typed) is never checked again; anything typed is checked first (offeredChoices.ts).
    const tapped = tappedOfferedChoice(inner.context);
    const inSafeguarding = isSafeguardingStep(session.journey.position?.step);
    // The message before this one, for a safeguarding lead to read beside a disclosure.
    const previous = session.journey.lastMessage;
    const previousAt = session.journey.lastMessageAt;
    const previousAsked = session.journey.lastMessageAsked;
    const sentAt = sentTime(activity.timestamp);
    // Never kept once the person said no to keeping anything.
    const wasAway = session.journey.away === true;
    await session.updateJourney((j) => ({ ...j, lastMessage: j.consent === false ? undefined : text.slice(0, 10_000), lastMessageAt: sentAt, lastMessageAsked: j.position ? questionKey(j.position) : undefined, quietChecks: Math.max(0, j.quietChecks - 1), away: stepsAway(text), ...(cannotMakeVoiceCalls([text]) ? { noVoice: true as const } : {}) }));
    const concern = await concernOfTurn(inner, text, tapped, session.journey.quietChecks > 0);
    if (concern && 'disclose' in concern) {
      if (concern.noNoteBefore || concern.noNoteOfKind) await sayAll(inner.context, session.t, [{ key: concern.noNoteBefore ? WorryNoteText.noneBefore : WorryNoteText.noneOfThatKindButOther }]);
      return openDisclosure(inner, this.safetyHost, concern.disclose, text, previous);
    }
    if (concern && 'check' in concern) {
      await inner.cancelAllDialogs();
      return this.afterStage(inner, await inner.beginDialog(DialogId.gentleCheck, concern.check));
    }
    // "he hits me when he has a meltdown", from a parent: a kind line, then the question reads the answer as a need.
    if (concern && 'familySupport' in concern) {
      await sayAll(inner.context, session.t, [concern.familySupport]);
      if (concern.reask) return this.reprompt(inner);
    }
    // Harm told again never goes into the plan: only what was said beside it answers (not "Do you feel safe?", which reads it all).
    const apart = inSafeguarding || session.journey.position?.step === Step.aboutMeSafe ? undefined : answerApartFromRepeat(inner.context);
    if (apart !== undefined) {
      if (!apart) return this.reprompt(inner);
      text = activity.text = apart;
    }
    // Answers to the bot's own side questions, codes typed anywhere and words beside a worry: before the open question reads it.
    const before = await answeredBeforeTheQuestion(inner, this.host, text, { inSafeguarding, tapped });
    if ('done' in before) return before.done;
    text = before.text;
    // "brb", "one sec", "im so tired of all this", "sorry hang on, oliver's just come down": heard kindly, never part of the answer.
    const rest = await besideTheMoment(inner, text, { wasAway, inSafeguarding, tapped, previous, previousAt, previousAsked, sentAt });
    if (rest === undefined) return this.reprompt(inner);
    if (rest !== text) activity.text = text = rest;
    // An answer to the open question is an answer, even when it sounds like a command ("easy read" at the reading mode, "bye" at the end).
    const answered = await isChoiceOfOpenQuestion(inner, text, (typed, question, words) => understandChoice(typed, question, words) !== undefined);
    // "what is today's date?", "what would you suggest?" at "by when?": the question's own to answer, never help or talk.
    const whenAt = session.journey.position;
    if (!inSafeguarding && whenAt?.step === Step.outcomeWhen && this.stages.has(whenAt.stage) && readWhenAsked(text)) return this.answerWith(inner, whenAt, text);
    // A bare "yes" to an example offered takes it; to a choice of two, asks kindly which one; "the first one" picks.
    const took = inSafeguarding ? undefined : takeOffered(session, text, answered);
    if (took && 'answer' in took && session.journey.position) return this.answerWith(inner, session.journey.position, took.answer);
    if (took && 'which' in took) {
      await sayAll(inner.context, session.t, [took.which]);
      return this.reprompt(inner);
    }
    // "hang on I've got another one, go back", "can I add another hope now": the hope is asked for now, then back here.
    // "take away the vet one. my hope is to be a youtuber": the hope named goes after a yes; the new one is kept.
    const hopeLater = inSafeguarding || answered ? undefined : ((await offerToTakeOutNamedHopes(inner, this.host, text, { swapOnly: true })) ?? (await openHopeLater(inner, this.host, text)));
    if (hopeLater) return hopeLater;
    // "i said no lol. skip this one": the take-back only says why; the command after it is what is done, never new words.
    const meant = answered || inSafeguarding ? null : commandAfterTakeBack(text);
    // "NO. stop. go back" that the open question takes whole (the review's undo) stays whole.
    const meantCommand = meant ? recogniseCommand(meant) : null;
    const takenWhole = meantCommand !== null && asksToStopGoingBack(text) && (await commandAt(inner, meantCommand, text)) === null;
    if (meant && !takenWhole) activity.text = text = meant;
    // "what did i say?": their last answer quoted back, never the whole draft.
    const lastSaid = answered || inSafeguarding ? undefined : await quoteLastAnswer(inner, this.host, text);
    if (lastSaid) return lastSaid;
    // "back. i did not mean that" at a yes/no question holds a "not" but asks for the question before.
    const command = answered && !backWithReason(text) ? null : await commandAt(inner, recogniseCommand(text) ?? wholePlanAtChange(inner, text) ?? (await unsureAtOpenQuestion(inner, text)) ?? (await refusalAtOpenQuestion(inner, text)), text);
    // "can I skip this?" is asked, not only said: it is answered before the question is skipped; "can i stop now" at the review is told how.
    const asked = commandAsked(command, text, session.journey.position);
    if (asked) await sayAll(inner.context, session.t, [asked.words]);
    // "Say stop and I'll give you a code" was just said: the end of the review does not say it again.
    if (asked?.words.key === CommandText.stopAskedAtReview) await session.updateJourney((j) => ({ ...j, comeBackTold: true }));
    if (asked?.holds) return this.reprompt(inner);
    if (command) return this.after(inner, await runCommand(inner, session, command));
    // Talk about the chat is never an answer: "what do you mean by a step?" is explained, "i told u that" heard.
    const talk = await readTalkAboutChat(inner, this.host, text, inSafeguarding);
    if (talk) return talk;
    // "oh and swimming too" just after the bot moved on: added to the answer before, and this question asked again.
    const addedOn = inSafeguarding ? undefined : await keepAddedOn(session, text);
    if (addedOn) {
      await sayAll(inner.context, session.t, addedOn);
      return this.reprompt(inner);
    }
    const commented = await this.openKeyWorkerComments(inner);
    if (commented) return commented;

    if (!inner.activeDialog) {
      const position = session.journey.position;
      // After "Finish", a message ("can I add another dream") answers the last question rather than being lost.
      if (position?.step === Step.reviewDone && this.stages.has(position.stage)) return this.answerWith(inner, position, inner.context.activity.text ?? text);
      return position ? this.openAt(inner, position) : this.beginStage(inner, STAGE_ORDER[0]!);
    }
    const position = session.journey.position;
    const active = inner.activeDialog ? inner.findDialog(inner.activeDialog.id) : undefined;
    if (position && active instanceof StageDialog && active.stage !== position.stage && this.stages.has(position.stage)) {
      // Another tab or device moved this journey on: the message answers the question stored now.
      await inner.cancelAllDialogs();
      await inner.beginDialog(this.stages.get(position.stage)!.id, { at: position, silently: true } satisfies BeginStageOptions);
    }
    return this.afterStage(inner, await inner.continueDialog());
  }

  /** Answers the question at `position` with these words, as if they were typed there. */
  private async answerWith(inner: DialogContext, position: Position, text: string): Promise<DialogTurnResult> {
    await inner.cancelAllDialogs();
    await inner.beginDialog(this.stages.get(position.stage)!.id, { at: position, silently: true } satisfies BeginStageOptions);
    inner.context.activity.text = text;
    return this.afterStage(inner, await inner.continueDialog());
  }

  /**
   * New key worker comments come first: the bot says so and opens the read-back, where each
   * comment sits under its item. A disclosure and an explicit command are handled before this.
   */
  private async openKeyWorkerComments(inner: DialogContext): Promise<DialogTurnResult | undefined> {
    const session = sessionOf(inner.context);
    // The safety check's answer is never taken away from it.
    if (isSafeguardingStep(session.journey.position?.step) || !this.stages.has(REVIEW_WITH_COMMENTS.stage)) return undefined;
    if (!(await sendKeyWorkerNotice(inner.context, session))) return undefined;
    return this.openAt(inner, REVIEW_WITH_COMMENTS);
  }

  protected override async endComponent(outer: DialogContext, result: unknown): Promise<DialogTurnResult> {
    return outer.endDialog(result);
  }

  /** Cancels whatever is open and asks the question at `position` (back, resume, carry on). */
  async openAt(inner: DialogContext, position: Position): Promise<DialogTurnResult> {
    await inner.cancelAllDialogs();
    if (isSafeguardingStep(position.step)) {
      // Coming back after stopping at the safety check: carry on with what it interrupted.
      const interrupted = sessionOf(inner.context).journey.interrupted;
      return interrupted ? this.openAt(inner, interrupted) : this.beginStage(inner, STAGE_ORDER[0]!);
    }
    return this.beginStage(inner, position.stage, { at: position });
  }

  private async after(inner: DialogContext, next: AfterCommand): Promise<DialogTurnResult> {
    switch (next.then) {
      case 'wait':
        return Dialog.EndOfTurn;
      case 'openAt':
        return this.openAt(inner, next.position);
      case 'restart':
        await inner.cancelAllDialogs();
        return this.onBeginDialog(inner);
      case 'skip': {
        const active = inner.activeDialog ? inner.findDialog(inner.activeDialog.id) : undefined;
        if (active instanceof StageDialog) return this.afterStage(inner, await active.skipQuestion(inner));
        return this.reprompt(inner);
      }
      case 'reprompt':
      default:
        return this.reprompt(inner);
    }
  }

  private async reprompt(inner: DialogContext): Promise<DialogTurnResult> {
    if (inner.activeDialog) {
      await inner.repromptDialog();
      return Dialog.EndOfTurn;
    }
    const position = sessionOf(inner.context).journey.position;
    return position ? this.openAt(inner, position) : this.beginStage(inner, STAGE_ORDER[0]!);
  }

  private async beginStage(inner: DialogContext, stage: StageId, options?: BeginStageOptions): Promise<DialogTurnResult> {
    const dialog = this.stages.get(stage);
    if (!dialog) return this.afterStage(inner, { status: DialogTurnStatus.complete, result: { stage } satisfies StageResult });
    return this.afterStage(inner, await inner.beginDialog(dialog.id, options));
  }

  /** When a stage finishes, the next one in order begins at once, in the same turn. */
  private async afterStage(inner: DialogContext, result: DialogTurnResult): Promise<DialogTurnResult> {
    if (result.status !== DialogTurnStatus.complete) return Dialog.EndOfTurn;
    const safety = await afterSafety(inner, this.safetyHost, result.result);
    if (safety) return safety;
    const ended = result.result as StageResult | undefined;
    // A resume code reopens the journey: new key worker comments come before its open question.
    if (ended?.openAt && ended.answer && this.stages.has(ended.openAt.stage)) {
      // The words said already answer the question opened: it is made the open one and answered with them.
      const at = ended.openAt;
      await sessionOf(inner.context).updateJourney((j) => movedTo(j, at));
      return this.answerWith(inner, at, ended.answer);
    }
    if (ended?.openAt) return (await this.openKeyWorkerComments(inner)) ?? this.openAt(inner, ended.openAt);
    const next = ended?.stage ? STAGE_ORDER[STAGE_ORDER.indexOf(ended.stage) + 1] : undefined;
    if (!next) return Dialog.EndOfTurn;
    return this.beginStage(inner, next);
  }
}
