import { normaliseMessage, sentencesOf } from './text';

/*
 * "I'm worn out", "im so tired of all this", "this is exhausting": the person says how the chat
 * leaves them feeling, instead of an answer or beside one. Only their own state now, never a need
 * said about their life ("i get tired easily", "he is tired all the time").
 */

const LEAD = /^(?:(?:honestly|tbh|ngl|sorry|ugh+|omg|oh|and|but|so|just|to be honest|i mean)\s+)*/;
const SO = String.raw`(?:(?:so|really|very|soo+|proper|well|totally|completely|just|a bit|abit|kind of|kinda|getting|feeling|actually)\s+)*`;
const WORN = String.raw`(?:worn\s+out|tired|tierd|exhausted|knackered|shattered|drained|wiped\s+out|done\s+in|fed\s+up|sick)`;
const OF_THIS = String.raw`(?:\s+(?:of|with)\s+(?:all\s+)?(?:this|it|that|these questions|the questions|all the questions|this chat|the chat|typing))?`;
const NOW = String.raw`(?:\s+(?:now|today|already|lol|tbh|honestly|to be honest|x+))*`;

const WORN_OUT = new RegExp(
  String.raw`^(?:(?:i\s+am|im|i\s+m|i\s+feel|i\s+m\s+feeling|im\s+feeling|feeling|i\s+feel\s+so)\s+${SO}${WORN}${OF_THIS}${NOW}|(?:this|it|this chat|all this|these questions)\s+(?:is|are|s)\s+${SO}(?:exhausting|tiring|draining|so\s+tiring)${NOW}|${SO}(?:tired|sick|fed\s+up)\s+(?:of|with)\s+(?:all\s+)?(?:this|it|these questions|the questions)${NOW})$`,
);


/**
 * Whether the message says they are worn out, and what else it says (the answer beside it, or '' when
 * it says nothing else); null when it does not say so.
 */
export function wornOutIn(text: string): { rest: string } | null {
  if (text.length > 300) return null;
  const sentences = sentencesOf(text);
  const worn = sentences.map((s) => WORN_OUT.test(normaliseMessage(s).toLowerCase().replace(LEAD, '').trim()));
  if (!worn.some(Boolean)) return null;
  return { rest: sentences.filter((_, i) => !worn[i]).join(' ').trim() };
}
