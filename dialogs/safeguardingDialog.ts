import { ComponentDialog, Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { addFlag } from '../src/domain/draft';
import { DialogId, Step } from './ids';
import { askedOnce, movedTo, type Position } from './journey';
import { MAX_ASKS_IN_A_ROW } from './missRules';
import { CommonText } from './stageDialog';
import { understandCarryOn, understandSafetyCheck } from './closedReplies';
import { questionActivity, sayAll, type Choice, type Question, type Words } from './say';
import { sessionOf, type JourneySession } from './session';
import { understandChoice } from './understand';

export const SafeguardingText = {
  heard: 'safeguarding:heard',
  rightThing: 'safeguarding:rightThing',
  computer: 'safeguarding:computer',
  childline: 'safeguarding:childline',
  shout: 'safeguarding:shout',
  samaritans: 'safeguarding:samaritans',
  danger: 'safeguarding:danger',
  checkQuestion: 'safeguarding:check.question',
  checkSafe: 'safeguarding:check.safe',
  checkNotSafe: 'safeguarding:check.notSafe',
  checkNotSure: 'safeguarding:check.notSure',
  glad: 'safeguarding:glad',
  urgent: 'safeguarding:urgent',
  carryOnQuestion: 'safeguarding:carryOn.question',
  carryOnYes: 'safeguarding:carryOn.yes',
  carryOnStop: 'safeguarding:carryOn.stop',
  backTo: 'safeguarding:backTo',
} as const;

const CHECK_CHOICES: readonly Choice[] = [
  { value: 'safe', labelKey: SafeguardingText.checkSafe },
  { value: 'notSafe', labelKey: SafeguardingText.checkNotSafe },
  { value: 'notSure', labelKey: SafeguardingText.checkNotSure },
];

export const CARRY_ON_CHOICES: readonly Choice[] = [
  { value: 'carryOn', labelKey: SafeguardingText.carryOnYes },
  { value: 'stop', labelKey: SafeguardingText.carryOnStop },
];

/** The words said at once after a possible disclosure: warm, no questions about details. */
export const SUPPORT_WORDS: readonly Words[] = [
  { key: SafeguardingText.heard },
  { key: SafeguardingText.rightThing },
  { key: SafeguardingText.computer },
  { key: SafeguardingText.childline },
  { key: SafeguardingText.shout },
  { key: SafeguardingText.samaritans },
  { key: SafeguardingText.danger },
];

const ASKING_CARRY_ON = 'carryOn';

export interface SafeguardingResult {
  /** Carry on with the question the disclosure interrupted. */
  carryOn?: Position;
  /** The person chose to stop for now. */
  stop?: boolean;
}

/**
 * After a possible disclosure: acknowledge kindly, signpost help, ask whether they are safe, then
 * offer to carry on. The draft is flagged before anything is said, and the flag is never removed.
 */
export class SafeguardingDialog extends ComponentDialog<{ category: string }> {
  constructor() {
    super(DialogId.safeguarding);
  }

  override async beginDialog(dc: DialogContext, options?: { category: string }): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const open = session.journey.position;
    const interrupted = open?.step === Step.safeguardingCheck ? session.journey.interrupted : open;
    await session.updateDraft('safeguarding flag', (draft) =>
      addFlag(draft, { category: options?.category ?? 'unspecified', at: session.today, step: interrupted?.step ?? Step.welcomeReadingMode }),
    );
    await session.updateJourney((j) => ({ ...j, interrupted }));
    await sayAll(dc.context, session.t, SUPPORT_WORDS);
    await this.ask(dc, session, {});
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = sessionOf(dc.context);
    const text = dc.context.activity.text ?? '';
    const position = session.journey.position;
    if (position?.data?.asking === ASKING_CARRY_ON) {
      const choice = understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words);
      if (choice === 'stop') return dc.endDialog({ stop: true } satisfies SafeguardingResult);
      if (choice === 'carryOn') {
        await sayAll(dc.context, session.t, [{ key: SafeguardingText.backTo }]);
        return dc.endDialog({ carryOn: session.journey.interrupted } satisfies SafeguardingResult);
      }
      // Never the same words three times in a row: after two, the buttons with one short sentence.
      const tap = session.journey.asks >= MAX_ASKS_IN_A_ROW ? (position.data?.tap === '1' ? '2' : '1') : position.data?.tap;
      await this.ask(dc, session, { asking: ASKING_CARRY_ON, ...(tap ? { tap } : {}) });
      return Dialog.EndOfTurn;
    }
    const answer = understandChoice(text, { choices: CHECK_CHOICES, understand: understandSafetyCheck }, session.words);
    const direct = answer ? undefined : understandChoice(text, { choices: CARRY_ON_CHOICES, understand: understandCarryOn }, session.words);
    if (direct === 'stop') return dc.endDialog({ stop: true } satisfies SafeguardingResult);
    if (direct === 'carryOn') {
      await sayAll(dc.context, session.t, [{ key: SafeguardingText.backTo }]);
      return dc.endDialog({ carryOn: session.journey.interrupted } satisfies SafeguardingResult);
    }
    await sayAll(dc.context, session.t, [{ key: answer === 'safe' ? SafeguardingText.glad : SafeguardingText.urgent }]);
    await this.ask(dc, session, { asking: ASKING_CARRY_ON });
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context']): Promise<void> {
    const session = sessionOf(context);
    await this.send(context, session);
  }

  /** The open question, so the main dialog can tell an answer ("I'm not sure") from a command. */
  currentQuestion(session: JourneySession): Question {
    const data = session.journey.position?.data;
    const carryOn = data?.asking === ASKING_CARRY_ON;
    const tap = carryOn ? data?.tap : undefined;
    const key = tap ? (tap === '2' ? CommonText.tapAButtonAgain : CommonText.tapAButton) : carryOn ? SafeguardingText.carryOnQuestion : SafeguardingText.checkQuestion;
    return {
      step: Step.safeguardingCheck,
      words: { key },
      choices: carryOn ? CARRY_ON_CHOICES : CHECK_CHOICES,
      understand: carryOn ? understandCarryOn : understandSafetyCheck,
    };
  }

  private async ask(dc: DialogContext, session: JourneySession, data: Record<string, string>): Promise<void> {
    const stage = session.journey.interrupted?.stage ?? 'welcome';
    await session.updateJourney((j) => movedTo(j, { stage, step: Step.safeguardingCheck, data }));
    await this.send(dc.context, session);
  }

  private async send(context: DialogContext['context'], session: JourneySession): Promise<void> {
    const question = this.currentQuestion(session);
    await session.updateJourney((j) => askedOnce(j, `${question.step}|${question.words.key}`));
    const stage = session.journey.interrupted?.stage ?? 'welcome';
    await context.sendActivity(questionActivity(question, session.t, { mode: session.mode, stage }));
  }
}
