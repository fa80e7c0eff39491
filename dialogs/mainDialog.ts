import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { answerBesideAside, answerBesideQuestion, concernByRules, isSmallTalk, onlySaysUnsure, detectConcern, asksIfTheyAreInTrouble, isCorrection, quoteOf, readAside, readTakeBack, recogniseCommand, saysTheyAreConfused, type GlobalCommand } from '../src/language';
import { undoLastAnswer } from './correction';
import { answerConfirm, runCommand, type AfterCommand } from './commands';
import { GentleCheckDialog, type GentleCheckOptions, type GentleCheckResult } from './gentleCheckDialog';
import { DialogId, STAGE_ORDER, Step, isSafeguardingStep, type StageId } from './ids';
import type { Journey, Position } from './journey';
import { REVIEW_WITH_COMMENTS, sendKeyWorkerNotice } from './keyWorkerNotice';
import { SafeguardingDialog, SafeguardingText, type SafeguardingOptions, type SafeguardingResult } from './safeguardingDialog';
import { sayAll, type Question, type Words } from './say';
import { sessionOf, type JourneySession } from './session';
import { ANSWERED, StageDialog, type BeginStageOptions, type StageResult } from './stageDialog';
import { isExactChoice, understandChoice } from './understand';
import { WelcomeText } from './welcomeDialog';


/** Said when the person tells the bot it got something wrong ("i told u that"): sorry, nothing kept. */
export const COMPLAINT_HEARD = 'common:complaintHeard';
export const CORRECTION_UNDONE = 'common:correctionUndone';
export const SMALL_TALK_HEARD = 'common:smallTalkHeard';
/** Said when a take-back removed an item: its words, so the person sees which one went. */
export const CORRECTION_UNDONE_ITEM = 'common:correctionUndoneItem';
/** Said when a correction came with the right answer: what was kept, and what it became. */
export const CORRECTION_REPLACED = 'common:correctionReplaced';
/** "why do u need to know that": why the bot asks, kindly, and that they can skip. */
export const WHY_WE_ASK = 'common:whyWeAsk';
/** A complaint with an answer beside it ("this is annoying. no"): sorry, then the answer is taken. */
export const COMPLAINT_SORRY = 'common:complaintSorry';

/**
 * Runs the stages in order, and before any stage sees a message: the safeguarding check, then the
 * global commands. A new conversation starts at the welcome; a resumed journey opens the question
 * that was open when it stopped.
 */
export class MainDialog extends ComponentDialog {
  private readonly stages = new Map<StageId, StageDialog>();

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

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
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
    const activity = inner.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const text = (activity.text ?? '').trim();
    // A tapped button is our own words ("Me, about myself"), never a disclosure; anything typed is checked first.
    const tapped = await this.isChoiceOfOpenQuestion(inner, text, (typed, question, words) => isExactChoice(typed, question.choices ?? [], words));
    // While the safeguarding answer or a gentle check is open, only a rule-backed disclosure starts
    // another: a follow-up like "please dont tell anyone" is about the same worry.
    const inSafeguarding = isSafeguardingStep(session.journey.position?.step);
    const concern = tapped || (inSafeguarding && !concernByRules(text)) ? undefined : detectConcern(text);
    // The message before this one, for a safeguarding lead to read beside a disclosure.
    const previous = session.journey.lastMessage;
    // Never kept once the person said no to keeping anything.
    await session.updateJourney((j) => ({ ...j, lastMessage: j.consent === false ? undefined : text.slice(0, 10_000), quietChecks: Math.max(0, j.quietChecks - 1) }));
    // A disclosure the rules back, or one the classifier is sure of: the full answer and a flag at once.
    if (concern?.concern && concern.sure) return this.disclosed(inner, concern.category ?? 'unspecified', text, previous);
    // Possible, or unclear but worrying: "Are you OK?" first, unless the message is a command, or
    // the person said they were OK a moment ago. A faint possibility (plan answers often read so)
    // interrupts nothing.
    const worrying = !inSafeguarding && ((concern?.concern && !concern.faint) || concern?.unclear);
    if (worrying && session.journey.quietChecks === 0 && !session.journey.pendingConfirm && recogniseCommand(text) === null) {
      const options: GentleCheckOptions = { message: text, category: concern?.category ?? concern?.likely ?? 'other' };
      await inner.cancelAllDialogs();
      return this.afterStage(inner, await inner.beginDialog(DialogId.gentleCheck, options));
    }
    if (session.journey.pendingConfirm) return this.after(inner, await answerConfirm(inner, session, text));
    // "Am I in trouble?" away from the safety answer: a true answer, before any command it also reads as ("wait what??"), never kept as an answer.
    if (!inSafeguarding && session.journey.position && text.length <= 160 && asksIfTheyAreInTrouble(text)) {
      const flagged = ((await session.draft())?.flags.length ?? 0) > 0;
      await sayAll(inner.context, session.t, [{ key: flagged ? SafeguardingText.notInTrouble : SafeguardingText.notInTroubleNobodyTold }]);
      return this.reprompt(inner);
    }
    // An answer to the open question is an answer, even when it sounds like a command ("easy read" at the reading mode, "bye" at the end).
    const answered = await this.isChoiceOfOpenQuestion(inner, text, (typed, question, words) => understandChoice(typed, question, words) !== undefined);
    const command = answered ? null : await this.commandAt(inner, recogniseCommand(text) ?? (await this.unsureAtOpenQuestion(inner, text)), text);
    if (command) return this.after(inner, await runCommand(inner, session, command));
    // Talk about the question is never an answer: "what do you mean by a step?" is explained, "i told u that" heard.
    // A closed question's own reading wins ("thats not right" at the read-back means change it); an open
    // question's fallback buttons ("Nothing for now") are only matched by a close spelling, which an aside is not.
    // "wait no ...", "i said no. the words are wrong": what was just kept is taken out (an outcome reopened), and that
    // question asked again. At a read-back or the review, the question's own reading ("thats wrong" means change it) wins.
    const at = session.journey.position;
    const understood = await this.isChoiceOfOpenQuestion(inner, text, (typed, question, words) =>
      question.understand ? understandChoice(typed, question, words) !== undefined : isExactChoice(typed, question.choices ?? [], words),
    );
    const exactChoice = await this.isChoiceOfOpenQuestion(inner, text, (typed, question, words) => isExactChoice(typed, question.choices ?? [], words));
    // "delete it", "wait i didnt mean that as a hope", "no not that": taken back even where a yes/no question would read a "no" in it.
    const takeBack = !inSafeguarding && at && at.step !== Step.outcomeConfirm && at.stage !== 'review' && !exactChoice ? readTakeBack(text) : null;
    if (takeBack && (!understood || isCorrection(text) || !takeBack.rest)) {
      const undone = await undoLastAnswer(session);
      if (undone) {
        const item = undone.removed[0];
        const replaced = takeBack.rest && item && this.stages.has(undone.position.stage);
        const said: Words = replaced
          ? { key: CORRECTION_REPLACED, vars: { item: quoteOf(item), answer: quoteOf(takeBack.rest) } }
          : item ? { key: CORRECTION_UNDONE_ITEM, vars: { item: quoteOf(item) } } : { key: CORRECTION_UNDONE };
        await sayAll(inner.context, session.t, [said]);
        if (!takeBack.rest || !this.stages.has(undone.position.stage)) return this.openAt(inner, undone.position);
        // "oh wait i read that wrong. for the bike its money": the right answer to the question it corrects.
        return this.answerWith(inner, undone.position, takeBack.rest);
      }
      // Nothing was kept to take back: sorry, and the question stays open (what was said beside it is read as talk below).
      if (!takeBack.rest) {
        await sayAll(inner.context, session.t, [{ key: COMPLAINT_HEARD }]);
        return this.reprompt(inner);
      }
    }
    // At the welcome a word or two is a whole answer (a name, an age), so it is never taken as talk beside an aside.
    const aside = understood || inSafeguarding || !session.journey.position ? null : readAside(text, { shortAnswers: session.journey.position.stage === 'welcome' });
    if (aside) {
      // "wats a key worker?? idk no": the question is answered, and the "no" beside it is the answer.
      const beside = session.journey.position?.stage === 'welcome' ? null : answerBesideAside(text);
      const said = aside === 'why' ? WHY_WE_ASK : aside === 'complaint' ? (beside ? COMPLAINT_SORRY : COMPLAINT_HEARD) : undefined;
      if (said) await sayAll(inner.context, session.t, [{ key: said }]);
      else if (!beside) return this.after(inner, await runCommand(inner, session, 'help'));
      else await runCommand(inner, session, 'help');
      const position = session.journey.position;
      if (beside && position && this.stages.has(position.stage)) return this.answerWith(inner, position, beside);
      return this.reprompt(inner);
    }
    // "That's lovely to hear", "thanks", "ok cool" at a question wanting their words: kindly heard, never kept.
    if (!aside && !understood && !inSafeguarding && session.journey.position?.stage !== 'welcome' && (await this.smallTalkAtOpenQuestion(inner, text))) {
      await sayAll(inner.context, session.t, [{ key: SMALL_TALK_HEARD }]);
      return this.reprompt(inner);
    }
    // "is that the measure thing? we'd write it on her chart": only the answer part is the answer.
    const beside = aside || understood || inSafeguarding || session.journey.position?.stage === 'welcome' ? null : answerBesideQuestion(text);
    if (beside) inner.context.activity.text = beside;
    const commented = await this.openKeyWorkerComments(inner);
    if (commented) return commented;

    if (!inner.activeDialog) {
      const position = session.journey.position;
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

  /** The safeguarding answer and a flag, for the message that raised it; the open question waits. */
  private async disclosed(inner: DialogContext, category: string, text: string, previous: string | undefined): Promise<DialogTurnResult> {
    const session = sessionOf(inner.context);
    // Told at "Do you feel safe?": that question is answered, carrying on moves past it.
    if (session.journey.position?.step === Step.aboutMeSafe) {
      await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [ANSWERED]: 'yes' } } } : j));
    }
    const question = await this.openQuestion(inner);
    const t = session.words.forMode('standard');
    await inner.cancelAllDialogs();
    const options: SafeguardingOptions = {
      category,
      message: text,
      ...(previous ? { previous } : {}),
      ...(question ? { question: t(question.words.key, question.words.vars) } : {}),
    };
    return this.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
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

  /** The command a message is, unless the open question takes it as its answer. */
  private async commandAt(inner: DialogContext, command: GlobalCommand | null, text: string): Promise<GlobalCommand | null> {
    if (!command) return null;
    const question = await this.openQuestion(inner);
    return question?.answersCommand?.(command, text) ? null : command;
  }

  /** "Easy read" is an answer at the reading-mode question, not the command; likewise any choice. */
  private async isChoiceOfOpenQuestion(
    inner: DialogContext,
    text: string,
    matches: (text: string, question: Question, words: JourneySession['words']) => unknown,
  ): Promise<boolean> {
    const question = await this.openQuestion(inner);
    return Boolean(question && (question.choices?.length || question.understand) && matches(text, question, sessionOf(inner.context).words));
  }

  /** "maybe", "idk maybe" at a question asking for their own words is "I'm not sure", never an answer. */
  private async unsureAtOpenQuestion(inner: DialogContext, text: string): Promise<GlobalCommand | null> {
    if (!onlySaysUnsure(text)) return null;
    const question = await this.openQuestion(inner);
    return question && !question.understand ? 'notSure' : null;
  }

  private async smallTalkAtOpenQuestion(inner: DialogContext, text: string): Promise<boolean> {
    if (!isSmallTalk(text)) return false;
    const question = await this.openQuestion(inner);
    return Boolean(question && !question.understand);
  }

  /** The question waiting for an answer, when a stage or the safety check has one open. */
  private async openQuestion(inner: DialogContext): Promise<Question | undefined> {
    const active = inner.activeDialog ? inner.findDialog(inner.activeDialog.id) : undefined;
    if (!(active instanceof StageDialog) && !(active instanceof SafeguardingDialog) && !(active instanceof GentleCheckDialog)) return undefined;
    return (await active.currentQuestion(sessionOf(inner.context))) ?? undefined;
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
    const gentle = result.result as GentleCheckResult | undefined;
    if (gentle?.disclose) {
      const options: SafeguardingOptions = { category: gentle.disclose.category, message: gentle.disclose.message };
      return this.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
    }
    if (gentle?.replay && gentle.carryOn && this.stages.has(gentle.carryOn.stage)) {
      // "I'm OK": the worrying message was an answer after all, to the question it interrupted.
      const at = gentle.carryOn;
      // The check is no question to go back to: the interrupted one is open again, as it was.
      const last = (j: Journey) => j.history[j.history.length - 1];
      await sessionOf(inner.context).updateJourney((j) => ({ ...j, position: at, history: last(j)?.step === at.step && last(j)?.topic === at.topic ? j.history.slice(0, -1) : j.history }));
      await inner.beginDialog(this.stages.get(gentle.carryOn.stage)!.id, { at: gentle.carryOn, silently: true } satisfies BeginStageOptions);
      // Talk about the question ("I'm confused, what do you mean?") is no answer: the question is asked again.
      if (readAside(gentle.replay) || saysTheyAreConfused(gentle.replay)) return this.openAt(inner, at);
      inner.context.activity.text = gentle.replay;
      return this.afterStage(inner, await inner.continueDialog());
    }
    const safety = result.result as SafeguardingResult | undefined;
    if (safety && ('carryOn' in safety || 'stop' in safety)) {
      if (safety.stop) return this.after(inner, await runCommand(inner, sessionOf(inner.context), 'stop'));
      return safety.carryOn ? this.openAt(inner, safety.carryOn) : this.beginStage(inner, STAGE_ORDER[0]!);
    }
    const ended = result.result as StageResult | undefined;
    if (ended?.safeguarding) {
      // "Not always" at "Do you feel safe?": the safeguarding answer and a flag, with what was said.
      const options: SafeguardingOptions = { category: ended.safeguarding, message: inner.context.activity.text ?? '' };
      return this.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
    }
    // A resume code reopens the journey: new key worker comments come before its open question.
    if (ended?.openAt) return (await this.openKeyWorkerComments(inner)) ?? this.openAt(inner, ended.openAt);
    const next = ended?.stage ? STAGE_ORDER[STAGE_ORDER.indexOf(ended.stage) + 1] : undefined;
    if (!next) return Dialog.EndOfTurn;
    return this.beginStage(inner, next);
  }
}
