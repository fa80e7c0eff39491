import type { ThemeId } from '../src/domain/draft';
import { isBarrier } from '../src/language';
import { addedOn } from '../src/language/addedOn';
import { hopesIn } from '../src/language/hopesInMessage';
import { hopeWords } from '../src/language/hopeWords';
import { Step, type StepId } from './ids';
import { keepHopes } from './hopesKept';
import { HELD_HARD } from './hardSaidAtHopes';
import { questionKey, type Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "and another thing, she loves drawing", "oh and swimming too", sent just after a hope was kept
 * and the bot moved on: it is another hope, kept apart, and the new question is asked again. It is
 * never kept as the answer to the new question. (Within a stage, an addition to other answers is
 * joined to that answer: previousAnswer.ts.)
 */

const HOPES: ReadonlySet<StepId> = new Set([Step.hopesDream, Step.hopesMore, Step.hopesTheme]);
/** Where another hope may arrive after the bot moved on: the next part of life, or the first needs question. */
const ARRIVES_AT: ReadonlySet<StepId> = new Set([Step.hopesTheme, Step.needsBarrier]);

/** The last question that kept something: the one before the open question (past an empty "any more?"). */
function justAnswered(session: JourneySession): Position | undefined {
  const history = session.journey.history;
  for (const position of history.slice(-2).reverse()) {
    if ((session.journey.answered[questionKey(position)] ?? []).length > 0) return position;
    if (position.step !== Step.hopesMore) return undefined;
  }
  return undefined;
}

/**
 * Keeps an addition to the answer just given and returns what to say about it, or undefined when
 * the message is not one (then it answers the open question as usual).
 */
export async function keepAddedOn(session: JourneySession, text: string): Promise<Words[] | undefined> {
  const open = session.journey.position;
  if (!open || !ARRIVES_AT.has(open.step) || session.journey.revisiting) return undefined;
  // "i struggle with reading", then "and the maths": it adds to the hard thing just said, not to the hope before it.
  if (open.data?.[HELD_HARD.words]) return undefined;
  const added = addedOn(text);
  if (!added) return undefined;
  const before = justAnswered(session);
  if (!before) return undefined;
  if (!HOPES.has(before.step)) return undefined;
  // "and also he finds crowds hard" is what makes a hope hard: the open question's to read (or coach).
  if (isBarrier(added)) return undefined;
  const hopes = hopesIn(added);
  if (hopes.length === 0) return undefined;
  const theme = before.step === Step.hopesTheme ? ((before.topic as ThemeId | undefined) ?? null) : null;
  const say = (await keepHopes(session, hopes, hopes.length > 1 ? null : theme, undefined, hopeWords(added))).readBack;
  // Remembered with the answer it adds to, so "that's wrong" or "back" takes both out together.
  const ids = session.takeAdded();
  const key = questionKey(before);
  await session.updateJourney((j) => ({ ...j, answered: { ...j.answered, [key]: [...(j.answered[key] ?? []), ...ids] } }));
  return say;
}
