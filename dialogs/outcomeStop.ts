import { removeItem } from '../src/domain/draft';
import { asksToDropOutcome, isUnclearStop } from '../src/language';
import { readPolarity } from '../src/language/polarity';
import { normaliseMessage } from '../src/language/text';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { afterOutcome } from './outcomeAfter';
import { BUILDING_STEPS } from './outcomeDrop';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * "stop", "can we stop", "i want to stop now" while an outcome is being made may mean this outcome
 * or the whole chat. The bot asks which: stopping the outcome leaves it out and goes on; stopping
 * for now saves and gives the code to come back; carrying on asks the question again. Words that
 * are clear ("stop this one", "stop for now") are read as they are, without asking.
 */

/** Position data: "this outcome or the chat?" is open at this question. */
export const STOP_WHICH = 'stopWhich';

export const STOP_WHICH_CHOICES: readonly Choice[] = [
  { value: 'outcome', labelKey: T.stopWhichOutcome },
  { value: 'chat', labelKey: T.stopWhichChat },
  { value: 'carryOn', labelKey: T.stopWhichCarryOn },
];

/** The step question and the questions building an outcome. */
export const STOP_ASKED_AT: readonly StepId[] = [Step.outcomeStep, ...BUILDING_STEPS];

const CHAT = /\b(?:chat|chatting|talking|conversation|for now|today|later|tomorrow|come back|bye|everything|all of it|session|save)\b/;
const OUTCOME = /\b(?:outcome|goal|step|one|this|it|that)\b/;
const CARRY_ON = /\b(?:carry on|keep going|continue|go on|neither|not stop|dont stop|dont want to stop|stay)\b/;

/** Which they meant, in their words or the buttons'. */
export function understandStopWhich(text: string): string | undefined {
  const said = normaliseMessage(text);
  if (CARRY_ON.test(said)) return 'carryOn';
  if (CHAT.test(said)) return 'chat';
  if (asksToDropOutcome(text) || OUTCOME.test(said)) return 'outcome';
  return readPolarity(text).answer === 'no' ? 'carryOn' : undefined;
}

/** The "which do you mean?" question's position, when an unclear stop is said at an outcome question. */
/** Position data: the bot has just said "you can stop and come back later. Just say stop". */
export const STOP_OFFERED = 'stopOffered';

export function stopAskedAt(position: Position, text: string): Next | undefined {
  if (!STOP_ASKED_AT.includes(position.step) || position.data?.[STOP_WHICH] || position.data?.[STOP_OFFERED] || !isUnclearStop(text)) return undefined;
  return { goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data: { ...(position.data ?? {}), [STOP_WHICH]: '1' } } };
}

export async function answerStopWhich(session: JourneySession, position: Position, text: string): Promise<Next> {
  const { [STOP_WHICH]: _open, ...data } = position.data ?? {};
  const back = { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data };
  const choice = matchChoice(text, STOP_WHICH_CHOICES, session.words) ?? understandStopWhich(text);
  // Saved with the question they were at, so coming back asks it again.
  if (choice === 'chat') return { goTo: back, stopChat: true };
  if (choice === 'carryOn') return { say: [{ key: T.stopCarryOn }], goTo: back };
  if (choice !== 'outcome') return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  const outcomeId = position.step === Step.outcomeStep ? undefined : data.outcomeId;
  if (outcomeId) await session.updateDraft('outcome left out', (d) => removeItem(d, outcomeId));
  return afterOutcome(session, position.topic, [{ key: T.dropped }]);
}
