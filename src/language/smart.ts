/**
 * SMART flags and the coaching reasons behind a failing flag. The dialogs turn each reason into a
 * question; the flag a reason belongs to is in REASON_FLAG.
 */

export interface SmartFlags {
  /** Says exactly what will happen (not "be better", "be happy", "more support"). */
  specific: boolean;
  /** Someone could tell when it has happened: a count, how often, or an observable end ("on my own"). */
  measurable: boolean;
  /** Has a timeframe: a date, a term, a school year, an age, "in 6 months". */
  timeBound: boolean;
  /** About the person and the difference made for them, in their voice or naming them; not about staff or support. */
  personCentred: boolean;
}

export type SmartReason =
  /** No time in it: ask "by when?" */
  | 'no_timeframe'
  /** Nobody could tell when it is done: ask "how would you know?" */
  | 'not_measurable'
  /** Too general ("be better at maths"): ask "what exactly would you do?" */
  | 'not_specific'
  /** Written about staff ("the TA will..."), not about you. */
  | 'about_staff'
  /** Written about "the pupil" or "the child", not about this person. */
  | 'not_personal'
  /** This is support (help, hours, therapy), not a difference made: ask what it would make possible. */
  | 'is_provision'
  /** Too big for one or two years (a life dream, or a date years away): ask for a step towards it. */
  | 'too_big';

export const REASON_FLAG: Readonly<Record<SmartReason, keyof SmartFlags>> = {
  no_timeframe: 'timeBound',
  not_measurable: 'measurable',
  not_specific: 'specific',
  about_staff: 'personCentred',
  not_personal: 'personCentred',
  is_provision: 'personCentred',
  too_big: 'timeBound',
};

/** Reasons in the order a coach would raise them: what it is first, then the wording. */
export const REASON_ORDER: readonly SmartReason[] = [
  'is_provision',
  'about_staff',
  'not_personal',
  'too_big',
  'not_specific',
  'not_measurable',
  'no_timeframe',
];

export interface SmartInput {
  kind: string;
  specific: boolean;
  measurable: boolean;
  /** A time phrase was found (even one that needs a date of birth to resolve). */
  hasTime: boolean;
  /** Months from today to the timeframe's end, when resolved. */
  monthsAhead: number | null;
  earlyYears: boolean;
  staffSubject: boolean;
  genericPupil: boolean;
  vagueTime: boolean;
}

/** Longest sensible span for one outcome: a key stage or phase, about two years (six months in the early years). */
const MAX_MONTHS = 30;
const MAX_MONTHS_EARLY_YEARS = 12;

export function smartCheck(input: SmartInput): { smart: SmartFlags; reasons: SmartReason[] } {
  const isProvision = input.kind === 'provision';
  const smart: SmartFlags = {
    specific: input.specific,
    measurable: input.measurable,
    timeBound: input.hasTime,
    personCentred: !isProvision && !input.staffSubject && !input.genericPupil,
  };
  const reasons = new Set<SmartReason>();
  if (isProvision) reasons.add('is_provision');
  if (input.staffSubject) reasons.add(isProvision ? 'is_provision' : 'about_staff');
  if (input.genericPupil && !input.staffSubject) reasons.add('not_personal');
  const limit = input.earlyYears ? MAX_MONTHS_EARLY_YEARS : MAX_MONTHS;
  const tooFar = input.monthsAhead !== null && input.monthsAhead > limit;
  if (input.kind === 'aspiration' || tooFar || (!input.hasTime && input.vagueTime)) reasons.add('too_big');
  if (!smart.specific) reasons.add('not_specific');
  if (!smart.measurable && !isProvision) reasons.add('not_measurable');
  if (!smart.timeBound && !reasons.has('too_big')) reasons.add('no_timeframe');
  return { smart, reasons: REASON_ORDER.filter((r) => reasons.has(r)) };
}
