import { normaliseMessage } from './text';

/*
 * "shes 3 she aint getting the bus alone mate. we'd hear her say 2 words together", "what club?? 😂",
 * "again with the saturday job 😂 im TWELVE": a complaint about the bot's example or question, never
 * the answer. What follows it is the answer; "same as i just said. school" means "school".
 */

const AGE_WORDS = '\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen';
/** "im 12", "shes 3", "he is only seven": their age said, to show the example did not fit it. */
const AGE_SAID = new RegExp(`\\b(?:i\\s*m|i am|she\\s*s|she is|he\\s*s|he is|they\\s*re|they are)\\s+(?:only\\s+)?(?:${AGE_WORDS})\\b(?!\\s+(?:times|days|weeks|months|words|hours|minutes)\\b)`);
const REFUSES = /\b(?:aint|ain t|isnt|isn t|cant|can t|cannot|won t|wont|not|never|too young|again)\b/;
/** "what club??", "wat bus 😂": a word of the example asked back in surprise. */
const ASKED_BACK = /^(?:what|wot|wat|which)\s+[a-z]+(?:\s+[a-z]+)?\s*(?:\?{2,}|\?*\s*(?:😂|🤣|😆|lol|lmao)+)\s*$/u;
/** "again with the saturday job": the same example given again. */
const AGAIN_WITH = /^(?:again|not again|not this again)\s+with\s+the\b/;
/** "same as i just said", "like i said": pointing back, the words after it are the answer. */
const POINTS_BACK = /^(?:same as|like|as)\s+(?:i|we)\s+(?:just\s+)?(?:said|told you|put|typed)\b[.!]?$/;
const LEADING = /^(?:(?:but|and|so|like|tho|though|mate|anyway)\b[\s,]*)+/;

/** The clauses of a message: by sentence, then before "but". */
function clausesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\s+but\s+/iu)
    .map((c) => c.trim())
    .filter(Boolean);
}

function isComplaint(clause: string): boolean {
  if (ASKED_BACK.test(clause.trim().toLowerCase())) return true;
  const said = normaliseMessage(clause).toLowerCase();
  if (AGAIN_WITH.test(said) || POINTS_BACK.test(said)) return true;
  return AGE_SAID.test(said) && (REFUSES.test(said) || /[😂🤣]/u.test(clause) || said.replace(AGE_SAID, '').replace(/\b(?:mate|lol|tho|so|and|only)\b/g, '').trim() === '');
}

/** Undefined when nothing in the message complains; else the answer beside the complaint ('' for none). */
export function readExampleRefused(text: string): { rest: string } | undefined {
  const clauses = clausesOf(text);
  if (!clauses.some(isComplaint)) return undefined;
  const rest = clauses
    .filter((c) => !isComplaint(c))
    .map((c) => c.replace(LEADING, '').trim())
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join(' ');
  return { rest };
}
