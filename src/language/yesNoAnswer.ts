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

/** Consent to keep answers: yes, or no ("rather you didn't", "no, don't keep it"). */
export function readConsent(text: string): YesNoAnswer | undefined {
  const answer = readYesNo(text);
  if (answer) return answer;
  const plain = normaliseReply(text);
  if (/\b(?:dont|do not|not) (?:keep|store|save)\b/.test(plain)) return 'no';
  if (/\b(?:you can|can) (?:keep|store|save)\b|\bkeep (?:them|it|my answers)\b/.test(plain)) return 'yes';
  return undefined;
}
