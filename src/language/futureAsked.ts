import { normaliseMessage } from './text';

/*
 * "future? like when i am big? i want be footballer": at the dream question, a question about what
 * "future" means said first, then the hope. The question is answered ("yes, when you are older")
 * and only the words after it are read as the answer. Read only from the start of the message.
 */

/** A question about the future, as a child learning English may ask it: "future?", "like when i am big?", "you mean when i grow up?". */
const FUTURE_QUESTION =
  /^(?:(?:you\s+mean|do\s+you\s+mean|means?|so|like|is\s+it|as\s+in)\s+)*(?:the\s+|my\s+)?(?:future|when\s+(?:i\s+am|im|i\s+m|i)\s+(?:big|bigger|older|grown\s*up|an\s+adult|grow\s+up|grown)|(?:when\s+)?i\s+grow\s+up|after\s+school|later|in\s+(?:the\s+)?future)$/;

/** The hope said after a question about what "future" means; null when the message opens with no such question. */
export function afterFutureAsked(text: string): string | null {
  const pieces = text.split(/(?<=\?)\s*/);
  let at = 0;
  while (at < pieces.length - 1 && pieces[at]!.trim().endsWith('?') && FUTURE_QUESTION.test(normaliseMessage(pieces[at]!))) at += 1;
  if (at === 0) return null;
  const rest = pieces.slice(at).join(' ').trim();
  return normaliseMessage(rest) ? rest : null;
}
