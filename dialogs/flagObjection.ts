import type { TurnContext } from 'botbuilder';
import { readFlagObjection, type FlagObjection } from '../src/language';
import { takeBackFlagsAt } from '../src/domain/commentOperations';
import { objectedNotes } from './noteNamedMixUp';
import { normaliseMessage } from '../src/language/text';
import { saysNothingTakenBack } from '../src/language/noteTalkBeside';
import { Stage, Step } from './ids';
import { sayAll, type Words } from './say';
import type { SafeguardingResult } from './safeguardingDialog';
import type { Data } from './safeguardingQuestions';
import type { JourneySession } from './session';
import { markedAsMixUp } from './worryNote';

/*
 * "honestly that was quite upsetting to read. A domestic abuse helpline? Nobody is being abused":
 * someone objecting to the help lines or the note after a misreading is owed a real apology and the
 * truth, never "OK, let's carry on" or a second set of help lines. The note is never deleted by the
 * chat (the flag survives everything): it is marked as taken back, with their words beside it, and a
 * person looks at both. That is said in one kind sentence, never as a refusal ("I can't delete").
 */

export const ObjectionText = {
  sorry: 'safeguarding:objection.sorry',
  sorryAgain: 'safeguarding:objection.sorryAgain',
  note: 'safeguarding:objection.note',
  noteKept: 'safeguarding:objection.noteKept',
  already: 'safeguarding:objection.already',
  plan: 'safeguarding:objection.plan',
  scaredSorry: 'safeguarding:objection.scaredSorry',
  scaredNote: 'safeguarding:objection.scaredNote',
} as const;

const OBJECTION_READ = Symbol('the objection read in this turn\'s message');

/**
 * The objection in this turn's message, read once however many readers ask (the disclosure check,
 * then the apology): a message read again is the same message, unless it was cut down in between.
 */
export function objectionOfTurn(context: TurnContext, text: string, afterTheAnswer = false): FlagObjection | undefined {
  const read = context.turnState.get(OBJECTION_READ) as { text: string; afterTheAnswer: boolean; objection: FlagObjection | undefined } | undefined;
  if (read?.text === text && read.afterTheAnswer === afterTheAnswer) return read.objection;
  const objection = readFlagObjection(text, { afterTheAnswer });
  context.turnState.set(OBJECTION_READ, { text, afterTheAnswer, objection });
  return objection;
}

export interface ObjectionOptions {
  /** Their words are already kept with the concern (said at the safeguarding questions): only the mark is added. */
  wordsKept: boolean;
  /** What they told is kept in the plan as they asked: said so, after the note. */
  keptInPlan?: (objection: FlagObjection) => boolean;
  /** Read at a plan question after the safety answer, where "she is safe, nobody is hurting her" is a protest, not an answer to "are you safe?". */
  afterTheAnswer?: boolean;
}

/**
 * Answers an objection to the help lines or the note when the draft has a note: sorry, what happens
 * to the note, and (when kept) that it is in the plan. Undefined, with nothing said, otherwise.
 */
export async function answeredObjection(context: TurnContext, session: JourneySession, text: string, options: ObjectionOptions): Promise<FlagObjection | undefined> {
  const objection = objectionOfTurn(context, text, options.afterTheAnswer === true);
  if (!objection) return undefined;
  const flags = (await session.draft())?.flags ?? [];
  if (flags.length === 0) return undefined;
  // "that scared me. please delete the note": a kind sorry, why the note is kept and who reads it. Nothing was taken
  // back, so nothing is marked: the lead reads the note as it was.
  if (objection.scared) {
    await sayAll(context, session.t, [{ key: ObjectionText.scaredSorry }, { key: ObjectionText.scaredNote }]);
    return objection;
  }
  // Said before and already beside the note: sorry again, and that their words are there; nothing is marked twice.
  const before = flags.every((flag) => flag.takenBackAt);
  // Only a mix-up said ("nobody hurt him", "take that note off") marks the note; upset at the answer alone, or "i havent
  // taken anything back", marks nothing, and they hear that the note stays as it was.
  const marks = objection.takesBack && !saysNothingTakenBack(normaliseMessage(text));
  if (!before && marks) {
    // Only the note objected to: the one named, else the latest worry's; a note about another worry stays as it was.
    const which = objectedNotes(session, await session.draft(), text);
    if (options.wordsKept) await session.updateDraft('safeguarding notes taken back', (d) => takeBackFlagsAt(d, which, session.today));
    else await markedAsMixUp(session, flags, text, which);
  }
  const about: Words[] = before
    ? [{ key: ObjectionText.already }]
    : [{ key: marks ? ObjectionText.note : ObjectionText.noteKept }];
  const plan: Words[] = options.keptInPlan?.(objection) ? [{ key: ObjectionText.plan }] : [];
  await sayAll(context, session.t, [{ key: before ? ObjectionText.sorryAgain : ObjectionText.sorry }, ...about, ...plan]);
  return objection;
}

/**
 * At the safeguarding questions: an objection is answered, and the journey carries on. "Can it go in
 * his plan?" beside it, after words told at a needs question, keeps those words as that question's
 * answer (`keepAnswer`); otherwise the question is asked again with their words offered back.
 */
export async function objectionAtSafeguarding(context: TurnContext, session: JourneySession, data: Data, text: string): Promise<SafeguardingResult | undefined> {
  const interrupted = session.journey.interrupted;
  const told = data.replay ?? data.keep;
  const canKeep = Boolean(told && interrupted?.stage === Stage.needs && interrupted.step === Step.needsBarrier);
  const objection = await answeredObjection(context, session, text, { wordsKept: true, keptInPlan: (o) => canKeep && o.wantsItInThePlan });
  if (!objection) return undefined;
  if (canKeep && objection.wantsItInThePlan && told) return { carryOn: interrupted, keepAnswer: told };
  // The apology leads back to the question; no "OK, let's carry on" on top of it.
  return { carryOn: interrupted, ...(data.keep ? { offerBack: data.keep } : {}) };
}
