import { readNoWithInstruction } from './noWithInstruction';
import { normaliseReply, readPolarity } from './polarity';

/* A plain yes or no, and consent to keep answers, read by meaning rather than the buttons' words. */

export type YesNoAnswer = 'yes' | 'no';
/** Yes or no to a plain yes / no question (consent, the "are you sure?" after start again or delete). */
export function readYesNo(text: string): YesNoAnswer | undefined {
  // "No! Do not take that out. Take out the bit about me being 61.": never a bare no; the question acts on it.
  // "no. is that enough?": still a no; the question beside it is answered by the chat.
  const instead = readNoWithInstruction(text);
  if (instead) return instead.question ? 'no' : undefined;
  const { answer } = readPolarity(text);
  if (answer === 'yes' || answer === 'no') return answer;
  return undefined;
}

const ASKED = /\?$|^(?:why|what|who|how|where|when|whats|wat|y(?=\s+(?:do|does|would|u|you)\b))\b|^(?:do|does|will|would|can|could|is|are)\s+(?:you|u|i|it|they|my)\b/;

/** Consent to keep answers: yes, or no ("rather you didn't", "no, don't keep it"). */
export function readConsent(text: string): YesNoAnswer | undefined {
  const answer = readYesNo(text);
  if (answer) return answer;
  const plain = normaliseReply(text);
  if (/\b(?:dont|do not|not) (?:keep|store|save)\b/.test(plain)) return 'no';
  // "why do you need to keep them": a question about keeping them is never a yes; the chat answers it.
  if (ASKED.test(text.trim()) || ASKED.test(plain)) return undefined;
  if (/\b(?:you can|can) (?:keep|store|save)\b|\bkeep (?:them|it|my answers)\b/.test(plain)) return 'yes';
  return undefined;
}
