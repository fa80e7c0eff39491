import { HARM_OR_FEAR } from './safeButHard';
import { foldCase } from './text';

/*
 * "Yes Lily is safe. But did you fix the name? And the bit about people admiring her?": a plain yes
 * to a safety question, then questions to the bot about the plan. The "but" opens a question, not an
 * exception, so the yes stands. Only when every sentence after the yes is a question, and nothing
 * anywhere speaks of harm, fear or being unsafe: "yes but her dad hits her" is never read so.
 */

const PLAIN_YES = /^(?:(?:yes|yeah+|yeh|yea|yep|yup|yh|ye|of\s+course|definitely)\b[\s,!]*)+(?:(?:\p{L}+\s+){0,3}(?:is|are|am|feels?|s)\s+(?:very\s+|really\s+|quite\s+)?safe(?:\s+(?:at\s+home|at\s+school|online|everywhere|thank\s+you|thanks))*|i\s+(?:do|think\s+so))?$/u;
const NOT_SAFE = /\b(?:not|never|no|unsafe|scared|afraid|frightened|worr\w*|except|apart\s+from|sometimes|mostly|hurt\w*|touch\w*|danger\w*|threat\w*)\b/;

/** Lower case, no apostrophes, words only. */
function plain(text: string): string {
  return foldCase(text).replace(/'/g, '').replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** The questions after a plain yes ("did you fix the name?"), or undefined when the message is anything else. */
export function questionsAfterSafeYes(text: string): string[] | undefined {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g)?.map((s) => s.trim()).filter((s) => /\p{L}/u.test(s)) ?? [];
  if (sentences.length < 2) return undefined;
  const [first, ...rest] = sentences;
  if (!PLAIN_YES.test(plain(first ?? ''))) return undefined;
  if (!rest.every((s) => s.endsWith('?'))) return undefined;
  const all = plain(text);
  if (NOT_SAFE.test(all) || HARM_OR_FEAR.test(all)) return undefined;
  return rest;
}
