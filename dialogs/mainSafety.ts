import { isAdult } from '../src/domain/lifeStage';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { readAside, saysTheyAreConfused } from '../src/language';
import { runCommand, type AfterCommand } from './commands';
import type { GentleCheckResult } from './gentleCheckDialog';
import { DialogId, Step } from './ids';
import type { Journey, Position } from './journey';
import { OfferBackText, noteOfferBack, sayOfferBack, takesTheirWords } from './offerBack';
import { openQuestion } from './openQuestion';
import { hopeTypedAfterCheck } from './hopeAfterCheck';
import { wasToldAgain } from './safeguardingRepeat';
import { answerBesideWithNoWorry, asksWhatHelps } from './whatHelpsAsked';
import type { SafeguardingOptions, SafeguardingResult } from './safeguardingContract';
import { sessionOf } from './session';
import { ANSWERED, type BeginStageOptions, type StageResult } from './stageDialog';

/*
 * The main dialog's safety turns: opening the safeguarding answer for a message, and where the
 * journey goes when the safeguarding answer or the gentle check ends. The open question always
 * waits, and is asked again when they carry on.
 */

/** What these turns need of the main dialog. */
export interface SafetyHost {
  /** The id of the stage dialog for a stage, when the main dialog has it. */
  stageDialogId(stage: Position['stage']): string | undefined;
  openAt(inner: DialogContext, position: Position): Promise<DialogTurnResult>;
  after(inner: DialogContext, next: AfterCommand): Promise<DialogTurnResult>;
  afterStage(inner: DialogContext, result: DialogTurnResult): Promise<DialogTurnResult>;
  /** The journey from its first question (nothing was open to carry on with). */
  fromTheStart(inner: DialogContext): Promise<DialogTurnResult>;
}

/** The words that may be offered back, when any are left beside the harm. */
const keptApart = (answer: string | undefined): { keep?: string } | undefined => (answer ? { keep: answer } : undefined);

/**
 * "the boys should stop being mean to me" as an outcome: what others should do is no outcome, and
 * it is bullying. After the safety words, an outcome about them is offered, which they may take or not.
 */
function outcomeAboutThem(question: { step: string } | undefined, category: string, t: (key: string) => string): { keep?: string; suggested?: boolean } {
  return question?.step === Step.outcomeStep && category === 'bullying' ? { keep: t(OfferBackText.bullyingOutcome), suggested: true } : {};
}

/** The safeguarding answer and a flag, for the message that raised it; the open question waits. */
export async function openDisclosure(inner: DialogContext, host: SafetyHost, category: string, text: string, previous: string | undefined): Promise<DialogTurnResult> {
  const session = sessionOf(inner.context);
  // Told at "Do you feel safe?": that question is answered, carrying on moves past it.
  if (session.journey.position?.step === Step.aboutMeSafe) {
    await session.updateJourney((j) => (j.position ? { ...j, position: { ...j.position, data: { ...j.position.data, [ANSWERED]: 'yes' } } } : j));
  }
  const question = await openQuestion(inner);
  const t = session.words.forMode('standard');
  // The outcome offered speaks of school and other children: not for an adult.
  const schoolAge = !isAdult((await session.draft())?.youngPerson);
  await inner.cancelAllDialogs();
  const options: SafeguardingOptions = {
    category,
    message: text,
    ...(previous ? { previous } : {}),
    ...(question ? { question: t(question.words.key, question.words.vars) } : {}),
    // Only the answer beside the harm may be offered back for the plan; the harm itself goes to the safeguarding lead.
    // At "what helps?" nothing of a worry is offered back as help (whatHelpsAsked.ts).
    ...(takesTheirWords(question) && !asksWhatHelps(question?.step) ? keptApart(answerBesideWithNoWorry(text, category)) ?? (schoolAge ? outcomeAboutThem(question, category, t) : {}) : {}),
  };
  return host.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
}

/** Where the journey goes when the gentle check or the safeguarding answer ended; undefined for any other ending. */
export async function afterSafety(inner: DialogContext, host: SafetyHost, result: unknown): Promise<DialogTurnResult | undefined> {
  const gentle = result as GentleCheckResult | undefined;
  if (gentle?.disclose) {
    const options: SafeguardingOptions = { ...gentle.disclose };
    return host.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
  }
  const carryOnId = gentle?.carryOn ? host.stageDialogId(gentle.carryOn.stage) : undefined;
  // "I'm OK": the worrying message was an answer after all, to the question it interrupted.
  if (gentle?.replay && gentle.carryOn && carryOnId) return replayAnswer(inner, host, gentle.carryOn, carryOnId, gentle.replay);
  const safety = result as SafeguardingResult | undefined;
  // "nobody is being abused ... can it go in his plan?": the words they told are kept as that question's answer after all.
  const keepId = safety?.keepAnswer && safety.carryOn ? host.stageDialogId(safety.carryOn.stage) : undefined;
  if (safety?.keepAnswer && safety.carryOn && keepId) return replayAnswer(inner, host, safety.carryOn, keepId, safety.keepAnswer);
  if (safety && ('carryOn' in safety || 'stop' in safety)) {
    if (safety.stop) return host.after(inner, await runCommand(inner, sessionOf(inner.context), 'stop'));
    if (safety.carryOn && safety.offerBack) {
      await noteOfferBack(sessionOf(inner.context), safety.carryOn, safety.offerBack, safety.suggested);
      await sayOfferBack(inner.context, sessionOf(inner.context));
    }
    return safety.carryOn ? host.openAt(inner, safety.carryOn) : host.fromTheStart(inner);
  }
  const ended = result as StageResult | undefined;
  const answeredAt = sessionOf(inner.context).journey.position;
  // Told again at "Do you feel safe?" ("sometimes i scratch my arms still"): the reminder was said, the question is answered.
  if (ended?.safeguarding && wasToldAgain(inner.context) && answeredAt) return host.openAt(inner, answeredAt);
  if (ended?.safeguarding) {
    // "Not always" at "Do you feel safe?": the safeguarding answer and a flag, with what was said.
    const options: SafeguardingOptions = { category: ended.safeguarding, message: inner.context.activity.text ?? '' };
    return host.afterStage(inner, await inner.beginDialog(DialogId.safeguarding, options));
  }
  return undefined;
}

/** The interrupted question open again, as it was, with the words given as its answer (the check is no question to go back to). */
async function replayAnswer(inner: DialogContext, host: SafetyHost, interrupted: Position, interruptedId: string, text: string): Promise<DialogTurnResult> {
  // A hope typed at a needs or outcome question's check is kept as a hope, then back to that question.
  const hopeAt = hopeTypedAfterCheck(interrupted, text);
  const hopesId = hopeAt ? host.stageDialogId(hopeAt.stage) : undefined;
  const [at, stageId] = hopeAt && hopesId ? [hopeAt, hopesId] : [interrupted, interruptedId];
  const last = (j: Journey) => j.history[j.history.length - 1];
  await sessionOf(inner.context).updateJourney((j) => ({ ...j, position: at, history: last(j)?.step === at.step && last(j)?.topic === at.topic ? j.history.slice(0, -1) : j.history }));
  await inner.beginDialog(stageId, { at, silently: true } satisfies BeginStageOptions);
  // Talk about the question ("I'm confused, what do you mean?") is no answer: the question is asked again.
  if (readAside(text) || saysTheyAreConfused(text)) return host.openAt(inner, at);
  inner.context.activity.text = text;
  return host.afterStage(inner, await inner.continueDialog());
}
