import { quoteHope } from '../src/language/hopeItself';
import type { Aspiration, Draft } from '../src/domain/draft';
import { readMore } from '../src/language/closedAnswers';
import { saysOutcomesFinished } from '../src/language/outcomesFinished';
import { hopeNamedBy } from '../src/language';
import { hopePickedByWords } from '../src/language/hopePicked';
import { hopesNamedToDo } from '../src/language/hopesToDo';
import { topicOnly } from '../src/language/topicOnly';
import { withoutAsking } from '../src/language/withoutAsking';
import { Step } from './ids';
import { needsOf } from './outcomeWhichHope';
import { hopesToWorkOn } from './outcomeThread';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * Before the outcomes stage ends, the hopes that have no outcome yet are named, in the person's own
 * words, with one question: make one for them, or finish anyway. Asked once; a "finish" said in the
 * person's own words is respected, and the hopes left are only named.
 */

/** Position data at outcome.another: asked about the hopes with no outcome yet. */
export const LEFT = 'left';

export const HopesLeftText = {
  question: 'outcome:hopesLeft.question',
  questionChild: 'outcome:hopesLeft.questionChild',
  noted: 'outcome:hopesLeft.noted',
  makeOne: 'outcome:hopesLeft.makeOne',
  finishAnyway: 'outcome:hopesLeft.finishAnyway',
  /** "another outcome?" while other hopes have none: "no" must not read as "no more for this hope" only. */
  anotherScoped: 'outcome:another.questionScoped',
  anotherScopedChild: 'outcome:another.questionScopedChild',
} as const;

export const LEFT_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: HopesLeftText.makeOne },
  { value: 'no', labelKey: HopesLeftText.finishAnyway },
];

/** The hopes with no outcome yet, in the order they were said. */
export function hopesWithoutOutcome(draft: Draft): Aspiration[] {
  return draft.aspirations.filter((h) => !draft.outcomes.some((o) => o.aspirationId === h.id));
}

/**
 * The hopes the bot itself presses for an outcome before the stage ends: those with no outcome yet and
 * something hard said (an outcome answers a need). A hope with nothing hard said is not pressed, though
 * it is still offered in "which hope next?" (`hopesToChooseFrom`) and can be named.
 */
export function hopesToPressFor(draft: Draft): Aspiration[] {
  const workable = hopesToWorkOn(draft);
  return hopesWithoutOutcome(draft).filter((h) => workable.includes(h));
}

/** "to swim" and "to cook": the hopes left, quoted in their own words. */
export function hopesLeftWords(draft: Draft | undefined): string {
  const quoted = (draft ? hopesToPressFor(draft) : []).map((h) => `"${quoteHope(h.text)}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/**
 * "do the bus one", "the bus", "lets do the cooking one": one of the hopes left, named by its own words
 * (or, after "do the ... one", by the words of its hard things too); undefined when none or several fit.
 */
function hopeLeftNamed(draft: Draft, left: readonly Aspiration[], text: string): Aspiration | undefined {
  const said = topicOnly(text) ?? withoutAsking(text);
  const picked = hopePickedByWords(said, left);
  if (picked) return picked;
  const toDo = hopesNamedToDo(text);
  return toDo.length === 1 ? hopeNamedBy(toDo[0]!, left, needsOf(draft)).hope : undefined;
}

/** The reply to "make one, or finish anyway?": a hope to work on (asked which when several), or the end of the stage. */
export function answerHopesLeft(session: JourneySession, draft: Draft, text: string, finish: () => Next, askWhich: (hopes: Aspiration[]) => Next): Next | undefined {
  const chosen = saysOutcomesFinished(text) ? 'no' : (matchChoice(text, LEFT_CHOICES, session.words) ?? readMore(text)?.answer);
  if (chosen === 'no') return finish();
  const left = hopesToPressFor(draft);
  // A hope named is a "make one" for that hope, with or without a yes.
  const named = hopeLeftNamed(draft, left, text);
  if (named) return { goTo: { step: Step.outcomeStep, topic: named.id, data: {} } };
  if (chosen !== 'yes') return undefined;
  if (left.length === 1) return { goTo: { step: Step.outcomeStep, topic: left[0]!.id, data: {} } };
  return left.length > 1 ? askWhich(left) : finish();
}

/** True when a hope other than the one just worked on has no outcome yet (and something hard said). */
export function otherHopesLeft(draft: Draft | undefined, topic: string | undefined): boolean {
  return !!draft && hopesToPressFor(draft).some((h) => h.id !== topic);
}

/** Whether to ask about the hopes left before the stage ends. */
export function asksHopesLeft(draft: Draft, position: { data?: Record<string, string> }): boolean {
  return !position.data?.[LEFT] && hopesToPressFor(draft).length > 0;
}
