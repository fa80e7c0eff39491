/*
 * At the review, an outcome said to be under the wrong hope, with no hope named: "The toilet goal
 * is under wrong hope. It is not about road". Which hope it should go to is then asked. And the
 * answer "no dont change road dream. I want new dream for toilet" asks for a new hope: never new
 * words for the road hope.
 */

const HOPE = '(?:hopes?|dreams?|wish(?:es)?|aspirations?)';

/** "X is under (the) wrong hope", "X in wrong dream", "wrong hope for X". */
const UNDER_WRONG = new RegExp(`^(.*?)\\s*(?:is|are|s|goes|go|went|sits?|was)?\\s*(?:under|in|on|with|for|at)\\s+(?:the\\s+|a\\s+)?wrong\\s+${HOPE}\\b`, 'i');
const WRONG_FOR = new RegExp(`\\bwrong\\s+${HOPE}\\s+(?:for|on|with)\\s+(?:the\\s+)?(.+?)$`, 'i');

/** The outcome named ('' for "it"), or null when the message does not say an outcome is under the wrong hope. */
export function underWrongHope(text: string): string | null {
  const first = text.trim().split(/(?<=[.!?])\s+/)[0]?.replace(/[.!?]+$/, '') ?? '';
  const m = UNDER_WRONG.exec(first) ?? WRONG_FOR.exec(first);
  if (!m) return null;
  const target = (m[1] ?? '').replace(/^(?:(?:no|but|and|so|i\s+think|also|the)\s+)+/i, '').replace(/^(?:it|this|that|this one|that one)$/i, '').trim();
  return target;
}

/** "I want new dream for toilet", "a new hope", "make new one": a new hope asked for. */
const NEW_HOPE = new RegExp(`\\b(?:a\\s+|one\\s+)?(?:new|another|different|separate|own)\\s+(?:${HOPE}|one)\\b`, 'i');

export function asksForNewHope(text: string): boolean {
  return NEW_HOPE.test(text);
}

/** "no dont change road dream": what must stay as it is, so it is never picked for new words. */
export function saysDoNotChange(text: string): boolean {
  return /(?:^|[.,!]\s*)(?:no+[\s,]+)?(?:pls\s+|please\s+)?(?:dont|don't|do\s+not|not)\s+(?:change|edit|touch|rename)\b/i.test(text.trim());
}

/** The words of the new hope said with the asking ("new dream for toilet" is "toilet"), if any. */
export function newHopeWords(text: string): string {
  const m = new RegExp(`\\b(?:new|another|different|separate|own)\\s+(?:${HOPE}|one)\\s*(?:(?:for|about|with)\\s+(?:it|this|that|him|her)?\\s*)?(?::\\s*|(?:for|about|with)\\s+(?:the\\s+)?)(.+?)[.!?]*$`, 'i').exec(text.trim());
  return m?.[1]?.trim() ?? '';
}
