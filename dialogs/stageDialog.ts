import type { TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from './dialogKit';
import type { StageId } from './ids';
import { removeItem } from '../src/domain/draft';
import { parseItemId } from '../src/domain/itemIds';
import { askedOnce, movedTo, questionKey, type Position } from './journey';
import { saveAndStop } from './saveAndStop';
import { MAX_ASKS_IN_A_ROW, MISS_RULES } from './missRules';
import { progressOf, questionActivity, sayAll, type Question, type Words } from './say';
import { splitHowLong } from '../src/language/closedAnswers';
import { readPolarity } from '../src/language/polarity';
import { addToPreviousAnswer } from './previousAnswer';
import { withoutEchoedChoice } from './echoedChoice';
import { sessionOf, type JourneySession } from './session';

const isOutcomePart = (id: string) => parseItemId(id).kind === 'outcomePart';

/** "ok", "yeah": an acknowledgement that answers no open question. */
const isOnlyAnAnswerWord = (text: string) => {
  const { answer, rest } = readPolarity(text);
  return answer !== null && !rest;
};

/** What a stage does with an answer: say a few things, then ask another question or finish. */
export interface Next {
  say?: Words[];
  /** The next question of this stage, or undefined when the stage is finished. */
  goTo?: Omit<Position, 'stage'>;
  /** A question of another stage to open instead (after a resume code). */
  openAt?: Position;
  /** Words already said that answer the question at `openAt` ("walk him to the park" said as a goal's step). */
  answer?: string;
  /** The reply was not understood: the question is asked again, at most twice in a row (see MISS_RULES). */
  miss?: boolean;
  /** The answer asks for the safeguarding answer and a flag of this category (e.g. "not always" safe). */
  safeguarding?: string;
  /** They chose to stop chatting for now: saved with `goTo` as the open question, and the code given. */
  stopChat?: boolean;
}

/** Position data marking the open question as answered (kept while the safeguarding answer runs). */
export const ANSWERED = 'answered';

export const CommonText = {
  notUnderstood: 'common:notUnderstood',
  notUnderstoodOpen: 'common:notUnderstoodOpen',
  tapAButton: 'common:tapAButton',
  tapAButtonAgain: 'common:tapAButtonAgain',
  movingOn: 'common:movingOn',
  howLong: 'common:howLong',
} as const;

/** Marks a question asked with its buttons and one short sentence only (after two misses). */
const TAP = 'tap';

/** Whether the question is being asked with its buttons only, after two misses. */
export const askedWithButtonsOnly = (position: Position): boolean => Boolean(position.data?.[TAP]);

export interface StageResult {
  stage: StageId;
  openAt?: Position;
  answer?: string;
  safeguarding?: string;
}

export interface BeginStageOptions {
  /** Ask this question of the stage rather than its first (back, resume, carrying on). */
  at?: Position;
  /** The question at `at` is already open (its answer has just arrived): make it active without asking. */
  silently?: boolean;
}

/** Questions built for each turn's session, until its draft or reading mode changes. */
const builtQuestions = new WeakMap<JourneySession, { revision: number; mode: JourneySession['mode']; questions: Map<string, Promise<Question>> }>();

/**
 * One stage of the journey. Its questions are a small state machine over step ids rather than a
 * waterfall, so "back", "resume" and "carry on" can open any question directly.
 */
export abstract class StageDialog extends ComponentDialog<BeginStageOptions> {
  abstract readonly stage: StageId;

  /** A quick "and X" after an answer is added to the answer before (see previousAnswer.ts). */
  protected readonly addsToPreviousAnswer: boolean = false;
  /** Only a piece with no verb ("like without dad") is added to the answer before, never "and X". */
  protected readonly addsPiecesToPreviousAnswer: boolean = false;

  /**
   * Whether a message with no joining word still carries on the answer before: at a closed
   * question it cannot answer ("show me how to do it first" at "do you feel safe?"). Stages say.
   */
  protected async carriesOnAnswerBefore(_session: JourneySession, _position: Position, _text: string): Promise<boolean> {
    return false;
  }

  /** The first question, or undefined when this stage has nothing to ask this person. */
  protected abstract first(session: JourneySession): Promise<Omit<Position, 'stage'> | undefined>;

  /** Builds the question for a position (words can depend on the draft, e.g. the child's name). */
  protected abstract question(session: JourneySession, position: Position): Promise<Question>;

  /**
   * The question for a position, built once however often a turn reads it (the tap check, the
   * answer's reader, help, the next ask), and again only after the draft or reading mode changes.
   */
  protected questionAt(session: JourneySession, position: Position): Promise<Question> {
    let built = builtQuestions.get(session);
    if (!built || built.revision !== session.revision || built.mode !== session.mode) {
      built = { revision: session.revision, mode: session.mode, questions: new Map() };
      builtQuestions.set(session, built);
    }
    const questions = built.questions;
    const key = `${this.stage}|${position.step}|${position.topic ?? ''}|${JSON.stringify(position.data ?? {})}`;
    let question = questions.get(key);
    if (!question) {
      question = this.question(session, position);
      questions.set(key, question);
      question.catch(() => questions.delete(key));
    }
    return question;
  }

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
    const typed = (dc.context.activity.text ?? '').trim();
    // "ok but can I stop soon": how long is left is answered; what remains is the answer.
    const { answer: text, asks: howLong } = splitHowLong(typed);
    const question = howLong ? await this.questionAt(session, position) : undefined;
    if (howLong && (!text || (!question?.understand && isOnlyAnAnswerWord(text)))) {
      await sayAll(dc.context, session.t, [{ key: CommonText.howLong, vars: progressOf(this.stage) }]);
      await this.ask(dc.context, session, position);
      return Dialog.EndOfTurn;
    }
    // "and baking too", sent a moment after the answer before: added to that answer, not this one.
    const piecesOnly = !this.addsToPreviousAnswer;
    const joins = this.addsToPreviousAnswer || this.addsPiecesToPreviousAnswer;
    const added = joins ? await addToPreviousAnswer(session, position, text, await this.carriesOnAnswerBefore(session, position, text), piecesOnly) : undefined;
    if (added) return this.proceed(dc, session, added);
    await this.forgetEarlierAnswer(session, position);
    session.takeAdded();
    // "something does, he struggles with reading": the button's words are not kept with the answer.
    const answer = withoutEchoedChoice(text, await this.questionAt(session, position), session.words);
    let next = await this.answer(session, position, answer, dc.context);
    // Asked twice already, or already down to its buttons: the step's rule, not the same words again.
    if (next.miss && (session.journey.asks >= MAX_ASKS_IN_A_ROW || position.data?.[TAP])) next = await this.afterMisses(session, position, text);
    if (!next.miss && howLong) next = { ...next, say: [{ key: CommonText.howLong, vars: progressOf(this.stage) }, ...(next.say ?? [])] };
    const kept = session.takeAdded();
    if (kept.length > 0) {
      await session.updateJourney((j) => ({ ...j, answered: { ...j.answered, [questionKey(position)]: kept } }));
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

  /**
   * After the second reply in a row that was not understood: the rule of MISS_RULES for the step.
   * `buttons` asks with the buttons and one short sentence; `default` and `confirm` are the
   * stage's own (by default: move on as "skip" does, and say so).
   */
  protected async afterMisses(session: JourneySession, position: Position, text: string): Promise<Next> {
    const rule = MISS_RULES[position.step];
    // A question asked without buttons (someone's own words wanted) cannot fall back on them.
    const hasButtons = Boolean((await this.questionAt(session, position)).choices?.length);
    if (hasButtons && (rule === 'buttons' || (rule === 'buttonsThenDefault' && position.data?.[TAP] !== '2'))) {
      const tap = position.data?.[TAP] === '1' ? '2' : '1';
      return { goTo: { ...position, data: { ...position.data, [TAP]: tap } } };
    }
    return this.byDefault(session, position, text);
  }

  /** The sensible default after two misses: move on as "skip" does, and say so. */
  protected async byDefault(session: JourneySession, position: Position, _text: string): Promise<Next> {
    const next = await this.skip(session, position);
    return { ...next, say: [{ key: CommonText.movingOn }, ...(next.say ?? [])] };
  }

  /** What skipping each question means; by default the question is asked again. */
  async skip(_session: JourneySession, position: Position): Promise<Next> {
    return { goTo: position };
  }

  private async proceed(dc: DialogContext, session: JourneySession, next: Next): Promise<DialogTurnResult> {
    let say = next.say ?? [];
    if (next.goTo && say.some((w) => w.key === CommonText.notUnderstood)) {
      // "You can tap one of the buttons" only where there are buttons.
      const again = await this.questionAt(session, { ...next.goTo, stage: this.stage });
      if (!again.choices?.length) say = say.map((w) => (w.key === CommonText.notUnderstood ? { key: CommonText.notUnderstoodOpen } : w));
    }
    await sayAll(dc.context, session.t, say);
    if (next.safeguarding) {
      await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [ANSWERED]: 'yes' } } } : j));
      return dc.endDialog({ stage: this.stage, safeguarding: next.safeguarding } satisfies StageResult);
    }
    if (next.openAt) return dc.endDialog({ stage: this.stage, openAt: next.openAt, ...(next.answer ? { answer: next.answer } : {}) } satisfies StageResult);
    if (next.stopChat) {
      const open = next.goTo;
      if (open) await session.updateJourney((journey) => movedTo(journey, { ...open, stage: this.stage }));
      await saveAndStop(dc, session);
      return Dialog.EndOfTurn;
    }
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
    return position?.stage === this.stage ? this.questionAt(session, position) : undefined;
  }

  protected async ask(context: TurnContext, session: JourneySession, position: Position): Promise<void> {
    // Stored before it is sent, so a stop or crash reopens exactly this question.
    await session.updateJourney((journey) => movedTo(journey, position));
    const question = await this.asked(session, position);
    await context.sendActivity(questionActivity(question, session.t, { mode: session.mode, stage: this.stage }));
  }

  /**
   * The question as it is asked this time: with only its buttons and one short sentence after two
   * misses. Counts how many times in a row it was asked in the same words.
   */
  protected async asked(session: JourneySession, position: Position): Promise<Question> {
    const built = await this.questionAt(session, position);
    const tap = position.data?.[TAP];
    const question: Question = tap && built.choices?.length ? { ...built, words: { key: tap === '2' ? CommonText.tapAButtonAgain : CommonText.tapAButton } } : built;
    const wording = `${question.step}|${question.topic ?? ''}|${question.words.key}|${JSON.stringify(question.words.vars ?? {})}`;
    await session.updateJourney((journey) => askedOnce(journey, wording));
    return question;
  }
}
