import { understandCarryOn, understandSafetyCheck } from './closedReplies';
import { Step } from './ids';
import type { Question } from './say';
import { CARRY_ON_CHOICES, CHECK_CHOICES, CHECK_CHOICES_PARENT, CONTACT_CHOICES, SafeguardingText } from './safeguardingText';
import { safeNeedQuestion } from './safeguardingNeed';
import type { Listener } from './safeguardingWorries';

/** Which of the questions after a disclosure is open, kept in the position's data. */
export const Asking = { check: 'check', contact: 'contact', carryOn: 'carryOn', need: 'need' } as const;
/** The safeguarding answer's state in the position's data: `asking`, the flag's category, its concern id, who is chatting, misses. */
export type Data = Record<string, string>;

/** A question of theirs was answered: the open question is asked again in its first words, never "sorry, I didn't get that". */
export function answeredNoMiss(data: Data): Data {
  const { missed: _missed, ...rest } = data;
  return rest;
}

export const listenerOf = (data: Data): Listener => ({ lead: data.lead === '1', parent: data.parent === '1', ...(data.category ? { category: data.category } : {}), ...(data.medicine === '1' ? { medicine: true } : {}), ...(data.grooming === '1' ? { grooming: true } : {}) });

/** The question open after a disclosure, from the position's data. */
export function safeguardingQuestion(data: Data): Question {
  const missed = data.missed === '1';
  if (data.asking === Asking.contact) {
    // A parent is asked for their own name and their child's, not "your school".
    const key = data.parent === '1'
      ? (data.details === '1' ? SafeguardingText.parentContactAskDetails : SafeguardingText.parentContactQuestion)
      : data.details === '1' ? SafeguardingText.contactAskDetails : SafeguardingText.contactQuestion;
    return { step: Step.safeguardingContact, words: { key }, choices: CONTACT_CHOICES };
  }
  if (data.asking === Asking.need) return safeNeedQuestion(data.place);
  if (data.asking === Asking.carryOn) {
    // A bare "no" to "carry on, or stop?" is asked about once: which of the two they mean.
    const key = data.which === '1' ? SafeguardingText.carryOnWhich : missed ? SafeguardingText.carryOnAgain : SafeguardingText.carryOnQuestion;
    return { step: Step.safeguardingCheck, words: { key }, choices: CARRY_ON_CHOICES, understand: understandCarryOn };
  }
  const parent = data.parent === '1';
  const key = missed ? SafeguardingText.checkAgain : parent ? SafeguardingText.checkParentQuestion : SafeguardingText.checkQuestion;
  return { step: Step.safeguardingCheck, words: { key }, choices: parent ? CHECK_CHOICES_PARENT : CHECK_CHOICES, understand: understandSafetyCheck };
}
