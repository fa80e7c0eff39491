import { aboutWhatWasAsked, partMeantAfterNo, readNoWithInstruction } from '../src/language/noWithInstruction';
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
  if (!instead) return partMeant(position, text, readRequest);
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

/** The request a part named after a no stands for: taking it out, or changing it, as the question asked. */
const ASKED_OF_PART = { remove: 'take out', change: 'change' } as const;

/** "no not that, the hope about customers": the part named is the one meant, and the same is asked of it. */
async function partMeant(position: Position, text: string, readRequest: ReadRequest): Promise<Next | undefined> {
  const meant = partMeantAfterNo(text);
  if (!meant) return undefined;
  const atReadBack: Position = { stage: Stage.review, step: Step.reviewSummary };
  const asked = await readRequest(atReadBack, `${position.data?.remove === 'yes' ? ASKED_OF_PART.remove : ASKED_OF_PART.change} ${meant}`);
  return asked ? { ...asked, say: [{ key: T.leftAsItWas }, ...(asked.say ?? [])] } : undefined;
}
