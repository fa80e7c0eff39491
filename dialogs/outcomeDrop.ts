import { removeItem, type Outcome } from '../src/domain/draft';
import { asksToDropOutcome, pointsAtHope, type DropAsked } from '../src/language';
import { refusesForThisHope } from '../src/language/refusedForHope';
import { readPolarity } from '../src/language/polarity';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { withoutAsking } from '../src/language/withoutAsking';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * A way out of an outcome half built: "I don't want this outcome", "skip this one", "forget it".
 * The bot checks kindly first ("Shall we leave this outcome out?"); yes removes everything stored
 * for it and goes on, no carries on where they were, and "no, but ..." answers that question.
 */

/** The questions where an outcome is being built (it exists in the draft, not yet agreed). */
export const BUILDING_STEPS: readonly StepId[] = [Step.outcomeWhen, Step.outcomeMeasure, Step.outcomeDoesForMe, Step.outcomeMakesPossible, Step.outcomeProvides, Step.outcomeConfirm];

/** Position data: the kind check is open; they asked for a different one; what they said after it. */
export const DROP = 'drop';
const DIFFERENT = 'different';
/** Position data: they asked to write this outcome again, so the check and its answer say so. */
export const REDO = 'redo';
const THEN = 'then';

export const DROP_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: T.dropYes },
  { value: 'no', labelKey: T.dropNo },
];

export const REDO_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: T.redoYes },
  { value: 'no', labelKey: T.dropNo },
];

/** "keep it", "carry on", "its fine": words about the kind check itself, never an answer. */
const KEEP = /\b(?:keep|kept|carry on|continue|go on|keep going|its? (?:fine|ok|okay|good)|leave it|changed my mind|my bad|sorry|mistake)\b/i;

export const isBuilding = (step: StepId) => BUILDING_STEPS.includes(step);

/** "no, but can I add one about the bus" at the read-back: not this one, and another asked for. */
function noButAnother(text: string): string | undefined {
  const { answer, rest } = readPolarity(text);
  if (answer !== 'no' || !/^but\b/i.test(rest)) return undefined;
  const idea = withoutAsking(rest);
  return idea !== rest.trim() || pointsAtHope(idea) ? idea : undefined;
}

/** Whether the words at a building step ask to leave the outcome; the kind check's position if so. */
export function dropAskedAt(position: Position, text: string): Next | undefined {
  if (!isBuilding(position.step)) return undefined;
  const confirming = position.step === Step.outcomeConfirm;
  // "no i dont want one for that", "skip this dream": no outcome for this hope is this one left out.
  const refused = !confirming && refusesForThisHope(text) ? { different: false, rest: '' } : null;
  const asked: DropAsked | null = asksToDropOutcome(text) ?? refused ?? (confirming ? toDrop(noButAnother(text)) : null);
  if (!asked) return undefined;
  // At the read-back, "never mind" or "forget it" can mean "keep it as it is": only words naming the outcome leave it.
  if (confirming && !asked.rest && !/\b(?:one|outcome|goal|different|another|want)\b/i.test(text)) return undefined;
  const data = { ...(position.data ?? {}), [DROP]: '1', ...(asked.different ? { [DIFFERENT]: '1' } : {}), ...(asked.redo ? { [REDO]: '1' } : {}), ...(asked.rest ? { [THEN]: asked.rest } : {}) };
  return { goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data } };
}

function toDrop(idea: string | undefined): DropAsked | null {
  return idea ? { different: true, rest: idea } : null;
}

/** Yes or no to the kind check, by the buttons' words or everyday ones ("yeah bin it", "no keep it"). */
export function understandDrop(text: string): string | undefined {
  if (asksToDropOutcome(text) || refusesForThisHope(text)) return 'yes';
  const { answer } = readPolarity(text);
  return answer === 'yes' || answer === 'no' ? answer : undefined;
}

export interface DropTurn {
  session: JourneySession;
  position: Position;
  outcome: Outcome;
  text: string;
  /** The question they were at, answered with these words ("no, but ..."). */
  answerAt: (position: Position, text: string) => Promise<Next>;
  /** "Another outcome?" answered with these words (what they asked for in its place). */
  another: (text: string) => Promise<Next>;
  /** On from this outcome, with these words said first. */
  onward: (say: Next['say']) => Promise<Next>;
}

export async function answerDropCheck(turn: DropTurn): Promise<Next> {
  const { session, position, outcome, text } = turn;
  const { [DROP]: _open, [DIFFERENT]: different, [THEN]: then, [REDO]: redo, ...data } = position.data ?? {};
  const back: Position = { ...position, data };
  const { answer, rest } = readPolarity(text);
  const choice = matchChoice(text, redo ? REDO_CHOICES : DROP_CHOICES, session.words) ?? understandDrop(text) ?? (answer === 'yes' || answer === 'no' ? answer : undefined);
  if (choice === 'no') {
    // "no, but by christmas": the no keeps the outcome, and what follows answers the question they were at.
    // "no actually lets keep it" is only the no.
    const after = answer === 'no' && (/^but\b/i.test(rest) || (rest.split(/\s+/).length >= 4 && !KEEP.test(rest))) ? rest.replace(/^but\b[\s,]*/i, '').trim() : '';
    return after ? turn.answerAt(back, after) : { say: [{ key: T.dropKept }], goTo: back };
  }
  if (choice !== 'yes') return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  await session.updateDraft('outcome left out', (d) => removeItem(d, outcome.id));
  const said = [{ key: redo ? T.redone : T.dropped }];
  // "yes, one about the bus instead": what they want in its place.
  const said2 = answer === 'yes' ? withoutAsking(rest.replace(/^but\b[\s,]*/i, '')) : '';
  const instead = (said2.split(/\s+/).length >= 2 && !asksToDropOutcome(said2) ? said2 : '') || then || '';
  if (instead) {
    const next = await turn.another(instead);
    return { ...next, say: [...said, ...(next.say ?? [])] };
  }
  if (different) return { say: said, goTo: { step: Step.outcomeStep, ...(position.topic ? { topic: position.topic } : {}), data: { coach: 'same' } } };
  return turn.onward(said);
}
