import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { StageId } from './ids';
import { removeItem } from '../src/domain/draft';
import { parseItemId } from '../src/domain/itemIds';
import { movedTo, questionKey, type Position } from './journey';
import { questionActivity, sayAll, type Question, type Words } from './say';
import { sessionOf, type JourneySession } from './session';

const isOutcomePart = (id: string) => parseItemId(id).kind === 'outcomePart';

/** What a stage does with an answer: say a few things, then ask another question or finish. */
export interface Next {
  say?: Words[];
  /** The next question of this stage, or undefined when the stage is finished. */
  goTo?: Omit<Position, 'stage'>;
  /** A question of another stage to open instead (after a resume code). */
  openAt?: Position;
  /** The answer asks for the safeguarding answer and a flag of this category (e.g. "not always" safe). */
  safeguarding?: string;
}

/** Position data marking the open question as answered (kept while the safeguarding answer runs). */
export const ANSWERED = 'answered';

export interface StageResult {
  stage: StageId;
  openAt?: Position;
  safeguarding?: string;
}

export interface BeginStageOptions {
  /** Ask this question of the stage rather than its first (back, resume, carrying on). */
  at?: Position;
  /** The question at `at` is already open (its answer has just arrived): make it active without asking. */
  silently?: boolean;
}

/**
 * One stage of the journey. Its questions are a small state machine over step ids rather than a
 * waterfall, so "back", "resume" and "carry on" can open any question directly.
 */
export abstract class StageDialog extends ComponentDialog<BeginStageOptions> {
  abstract readonly stage: StageId;

  /** The first question, or undefined when this stage has nothing to ask this person. */
  protected abstract first(session: JourneySession): Promise<Omit<Position, 'stage'> | undefined>;

  /** Builds the question for a position (words can depend on the draft, e.g. the child's name). */
  protected abstract question(session: JourneySession, position: Position): Promise<Question>;

  /** Stores the answer and decides what comes next. */
  protected abstract answer(session: JourneySession, position: Position, text: string, context: TurnContext): Promise<Next>;

  override async beginDialog(dc: DialogContext, options?: BeginStageOptions): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const at = options?.at?.stage === this.stage ? options.at : undefined;
    if (at && options?.silently) return Dialog.EndOfTurn;
    const start = at ?? (await this.first(session));
    if (!start) return dc.endDialog({ stage: this.stage } satisfies StageResult);
    await this.ask(dc.context, session, { ...start, stage: this.stage });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const position = session.journey.position;
    if (!position || position.stage !== this.stage) return this.beginDialog(dc);
    const text = (dc.context.activity.text ?? '').trim();
    await this.forgetEarlierAnswer(session, position);
    session.takeAdded();
    const next = await this.answer(session, position, text, dc.context);
    const added = session.takeAdded();
    if (added.length > 0) {
      await session.updateJourney((j) => ({ ...j, answered: { ...j.answered, [questionKey(position)]: added } }));
    }
    return this.proceed(dc, session, next);
  }

  /**
   * After "back", the new answer replaces what the question stored before, so the draft does not
   * keep both. Outcome parts are overwritten by their own stage and are left alone here.
   */
  private async forgetEarlierAnswer(session: JourneySession, position: Position): Promise<void> {
    if (!session.journey.revisiting) return;
    const key = questionKey(position);
    const earlier = (session.journey.answered[key] ?? []).filter((id) => !isOutcomePart(id));
    await session.updateJourney((j) => ({ ...j, revisiting: false, answered: { ...j.answered, [key]: [] } }));
    if (earlier.length === 0) return;
    // Reverse order, so removing a listed entry does not shift the index of the next one.
    await session.updateDraft('answer changed', (draft) => [...earlier].reverse().reduce((d, id) => removeItem(d, id), draft));
  }

  /** "Skip": moves on from the open question without storing anything. */
  async skipQuestion(dc: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const position = session.journey.position;
    if (!position || position.stage !== this.stage) return this.beginDialog(dc);
    return this.proceed(dc, session, await this.skip(session, position));
  }

  /** What skipping each question means; by default the question is asked again. */
  async skip(_session: JourneySession, position: Position): Promise<Next> {
    return { goTo: position };
  }

  private async proceed(dc: DialogContext, session: JourneySession, next: Next): Promise<DialogTurnResult> {
    await sayAll(dc.context, session.t, next.say ?? []);
    if (next.safeguarding) {
      await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [ANSWERED]: 'yes' } } } : j));
      return dc.endDialog({ stage: this.stage, safeguarding: next.safeguarding } satisfies StageResult);
    }
    if (next.openAt) return dc.endDialog({ stage: this.stage, openAt: next.openAt } satisfies StageResult);
    if (!next.goTo) return dc.endDialog({ stage: this.stage } satisfies StageResult);
    await this.ask(dc.context, session, { ...next.goTo, stage: this.stage });
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context);
    return Dialog.EndOfTurn;
  }

  /** Asks the open question again (after help, "I'm not sure", a reading-mode switch...). */
  override async repromptDialog(context: TurnContext): Promise<void> {
    const session = sessionOf(context);
    const position = session.journey.position;
    if (position?.stage === this.stage) await this.ask(context, session, position);
  }

  /** The open question, as it is asked now (used by help and "I'm not sure" to tailor their words). */
  async currentQuestion(session: JourneySession): Promise<Question | undefined> {
    const position = session.journey.position;
    return position?.stage === this.stage ? this.question(session, position) : undefined;
  }

  protected async ask(context: TurnContext, session: JourneySession, position: Position): Promise<void> {
    // Stored before it is sent, so a stop or crash reopens exactly this question.
    await session.updateJourney((journey) => movedTo(journey, position));
    const question = await this.question(session, position);
    await context.sendActivity(questionActivity(question, session.t, { mode: session.mode, stage: this.stage }));
  }
}
