import { quoteOf } from '../src/language';
import { asksToChangeLastAnswer } from '../src/language/lastAnswerChange';
import { parseItemId } from '../src/domain/itemIds';
import { keptAt } from './correction';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "i answered the last one wrong", "can i change what i just said": the question before is asked
 * again (the back command), and what they said there is shown first, so they can see what their
 * new answer will take the place of.
 */

export const LastAnswerChangeText = { said: 'common:chatTalk.lastAnswerToChange' } as const;

/** What to say before the question asked again: their answer there, quoted; nothing when it kept nothing or was only "back". */
export async function answerToChange(session: JourneySession, back: Position, text: string): Promise<Words[]> {
  if (!asksToChangeLastAnswer(text)) return [];
  // The date read from a goal sentence is part of that sentence, never an answer of its own.
  const kept = (await keptAt(session, back)).filter((k) => {
    const ref = parseItemId(k.id);
    return ref.kind !== 'outcomePart' || ref.part !== 'when';
  });
  const said = kept.map((k) => k.text).filter((t): t is string => Boolean(t));
  if (said.length === 0) return [];
  return [{ key: LastAnswerChangeText.said, vars: { answer: said.map((s) => `"${quoteOf(s)}"`).join(' and ') } }];
}
