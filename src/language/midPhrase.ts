import { normaliseMessage } from './text';

/*
 * "my cat biscuit and my", "i like drawing because": a message that stops mid-phrase, with the rest
 * on its way in the next message. It is held until the rest comes, then the two are read as one.
 */

/**
 * A joining word or a "my", "the" that cannot end a thought: "and", "and my", "because", "with the".
 * A preposition alone may end an answer ("be patient with me", "something to look forward to").
 */
const OPEN_END = /\b(?:and|or|but|because|cos|coz|cuz|cause|plus|as well as|especially|than|if|when)$|\b(?:my|the|a|an|his|her|their|our|your)$/;

/** Whether the message stops mid-phrase (no full stop, an open word last). */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || /[.!?)]$/.test(trimmed.replace(/(?:\.\.\.|…|,)$/, ''))) return false;
  const plain = normaliseMessage(trimmed).replace(/\s+/g, ' ').trim();
  const words = plain.split(' ');
  return words.length >= 2 && OPEN_END.test(plain);
}

/** The held start and the rest, as one answer: "my cat biscuit and my" + "nan. and drawing". */
export function withRest(start: string, rest: string): string {
  return `${start.trim().replace(/(?:\.\.\.|…|,)$/, '')} ${rest.trim()}`;
}
