import { aboutWhatWasAsked, readNoWithInstruction } from '../src/language/noWithInstruction';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { ReviewText as T } from './reviewText';
import type { Next } from './stageDialog';

/*
 * "No! Do not take that out. Take out the bit about me being 61." at a question about a change:
 * the part asked about stays as it was, and what they asked for instead is acted on. With nothing
 * to act on ("no i meant the other one"), the bot asks which part, never hearing a bare no.
 */

/** Reads a request said at the read-back; undefined when the words ask for none. */
export type ReadRequest = (position: Position, text: string) => Promise<Next | undefined>;

/** The turn's next step when the reply was a "no" with an instruction; undefined when it was not. */
export async function answerNoInstead(position: Position, text: string, readRequest: ReadRequest): Promise<Next | undefined> {
  const instead = readNoWithInstruction(text);
  // "nope. delete it", "no change it to: ...": about the part asked about, so that question's own reader acts on it.
  // "no. is that enough?" is still a no, its question answered by the chat.
  if (!instead || instead.question || aboutWhatWasAsked(instead.instruction)) return undefined;
  const atReadBack: Position = { stage: Stage.review, step: Step.reviewSummary };
  const asked = instead.instruction ? await readRequest(atReadBack, instead.instruction) : undefined;
  // Taking a part out, "the other one" is another part to take out.
  const removing = position.data?.remove === 'yes' ? { data: { remove: 'yes' } } : {};
  const next: Next = asked ?? { goTo: { step: Step.reviewChange, ...removing } };
  return { ...next, say: [{ key: T.leftAsItWas }, ...(next.say ?? [])] };
}
