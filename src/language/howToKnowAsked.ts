import { normaliseMessage } from './text';

/*
 * "how would I know that?", "how will we know", "but how do you know" typed at "how will everyone
 * know?": a question back about the question, never the measure. It is answered with an example.
 */

const HOW_TO_KNOW =
  /^(?:(?:but|so|um+|erm|hmm+|ok|okay|well|sorry|and|like|i\s+mean)\s+)*how\s+(?:would|will|do|does|can|could|should|shall|d|ll)\s+(?:i|we|you|u|they|everyone|people|anyone|someone|she|he)\s+(?:even\s+|actually\s+|ever\s+)?know(?:\s+(?:that|it|this|then|them|about\s+(?:that|it)))?(?:\s+(?:though|tho|then|exactly|really))?$/;

/** The message only asks how anyone would know: a question to the bot, never an answer. */
export function asksHowToKnow(text: string): boolean {
  return HOW_TO_KNOW.test(normaliseMessage(text));
}
