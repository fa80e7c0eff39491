import { normaliseMessage } from './text';

/*
 * "my cat biscuit and my", "i like drawing because": a message that stops mid-phrase, with the rest
 * on its way in the next message. It is held until the rest comes, then the two are read as one.
 */

/**
 * A joining word or a "my", "the" that cannot end a thought: "and", "and my", "because", "with the".
 * A preposition alone may end an answer ("be patient with me", "something to look forward to").
 * "her" ends a thought after a doing word ("everyone loves her", "showing her"); only "and her" waits.
 */
const JOINING = String.raw`(?:and|or|but|because|cos|coz|cuz|cause|plus|as well as|especially|than|if|when)`;
const OPEN_END = new RegExp(String.raw`\b${JOINING}$|\b(?:my|the|a|an|his|their|our|your)$|\b${JOINING} her$`);

/** Whether the message stops mid-phrase (no full stop, an open word last). */
export function endsMidPhrase(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed || /[.!?)]$/.test(trimmed.replace(/(?:\.\.\.|…|,)$/, ''))) return false;
  const plain = normaliseMessage(trimmed).replace(/\s+/g, ' ').trim();
  const words = plain.split(' ');
  return words.length >= 2 && OPEN_END.test(plain);
}

/**
 * "thats it really. shes funny too" after a held answer: the start was whole, and the closing words
 * are not part of any answer. What follows them is a sentence of its own.
 */
const CLOSING = /^(?:(?:no|nah|ok|okay|so|and|but|um+|erm+)[\s,]+)*(?:that'?s|that\s+is|thats|thts)\s+(?:it|all|everything)(?:\s+(?:really|rly|tbh|i\s+think|for\s+now|lol|haha))*(?:[\s.,!;:-]+|$)/i;

/** The open word or two a held start stops on: "and", "and my", "with the". */
const OPEN_TAIL = new RegExp(String.raw`(?:\s+${JOINING})?(?:\s+(?:my|the|a|an|his|her|their|our|your))?[\s.,]*$`, 'i');

/**
 * The held start and the rest, as one answer: "my cat biscuit and my" + "nan. and drawing".
 * With no rest ("no", "thats it"), the start alone, without the open word it stopped on.
 */
export function withRest(start: string, rest: string): string {
  const held = start.trim().replace(/(?:\.\.\.|…|,)$/, '');
  const typed = rest.trim().replace(/[\u2018\u2019]/g, "'");
  const closing = CLOSING.exec(typed);
  if (!typed) return held.replace(OPEN_TAIL, '');
  if (!closing) return `${held} ${typed}`;
  // "... gives the best cuddles and" + "thats it": nothing more was coming, so the open word goes.
  const whole = held.replace(OPEN_TAIL, '').replace(/[\s.,;]+$/, '');
  const more = typed.slice(closing[0].length).trim();
  if (!more) return whole;
  return `${whole}. ${more.charAt(0).toUpperCase()}${more.slice(1)}`;
}
