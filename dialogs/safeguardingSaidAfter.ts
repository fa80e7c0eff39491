import { recogniseCarryOn, recogniseSafetyAnswer, splitYesWithContent } from '../src/language';
import { readCarryOn } from '../src/language/safetyAnswers';
import { normaliseMessage } from '../src/language/text';
import { errorSummary } from '../src/log';
import type { JourneySession } from './session';

/*
 * What someone types while the safety check is open ("no he did it again last night", "please dont
 * tell my mum", the worry said once more) belongs with the concern the safeguarding lead reads, not
 * only the first message. A bare answer ("yes", "im safe", "carry on") or a tapped button adds nothing.
 */

/** Whether a reply at the safety check carries words of its own, beyond a yes, a no or "carry on". */
export function addsWords(text: string): boolean {
  const words = normaliseMessage(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const { answer, rest } = splitYesWithContent(text);
  if (answer && !rest) return false;
  if (words.length <= 3 && (recogniseCarryOn(text) !== null || recogniseSafetyAnswer(text) !== null)) return false;
  // "no I don't want to stop", "id like to stop for now please": a longer way to answer "carry on, or stop?", nothing more.
  return !(readCarryOn(text) !== undefined && words.every((w) => CARRY_ON_WORDS.has(w)));
}

/** The words of an answer to "carry on with your plan, or stop for now?" and nothing else ("stop, he is back now" says more). */
const CARRY_ON_WORDS = new Set(
  'no nah nope yes yeah yep ok okay i im id dont do not want wanna would like rather to stop stopping carry on keep going continue go lets please for now later yet today the my plan with just can we thanks thank you pause break leave it'.split(' '),
);

/** Adds the reply to the concern, when it says something; a failure is logged and never stops the chat. */
export async function keepSaidAfter(session: JourneySession, concernId: string | undefined, text: string): Promise<void> {
  const service = session.services.safeguarding;
  if (!service || !concernId || !addsWords(text)) return;
  await service.addSaidAfter(concernId, text).catch((error: unknown) => session.services.log?.error({ err: errorSummary(error) }, 'could not add to a safeguarding concern'));
}

/**
 * The worry told again at a plan question, after the safeguarding answer was given once: it gets
 * only a reminder, so the lead reads it with the concern of that kind. A failure is logged and
 * never stops the chat.
 */
export async function keepToldAgain(session: JourneySession, category: string, text: string): Promise<void> {
  const service = session.services.safeguarding;
  const draft = await session.draft();
  if (!service || !draft || !text.trim()) return;
  await service.addToldAgain(draft.id, category, text).catch((error: unknown) => session.services.log?.error({ err: errorSummary(error) }, 'could not add to a safeguarding concern'));
}

/** The words typed at a gentle check so far, with this reply, one message a line (for the concern, if one is raised). */
export function saidSoFar(said: string | undefined, text: string): string {
  if (!addsWords(text)) return said ?? '';
  return (said ? `${said}\n${text}` : text).slice(0, 5000);
}
