import { normaliseMessage } from './text';

/*
 * "the first one still has the job stuck on the end of the flat, can u take the job bit out": one
 * hope has another stuck onto it. The words name the part stuck on ("job"), never a hope to keep.
 */

/** "take the job bit out", "take out the job part". */
const TAKE_BIT_OUT = /\btake\s+(?:out\s+)?(?:the\s+)?((?:\w+\s+){0,3}?\w+)\s+(?:bit|part|words?)(?:\s+out)?\b/;
/** "has the job stuck on", "the job is stuck on the end of the flat". */
const STUCK_ON = /\b(?:has\s+)?the\s+((?:\w+\s+){0,3}?\w+)\s+(?:is\s+|still\s+|got\s+)*stuck\s+(?:on|onto|to)\b/;
/** Words that only point: never the words of a part. */
const POINTING = /^(?:it|that|this|one|the|a|first|second|last|other|still|has|have|got)$/;

/** The words naming the part stuck onto a hope, when the message says one is; undefined otherwise. */
export function partStuckOn(text: string): string | undefined {
  const said = normaliseMessage(text);
  if (!said || said.length > 300) return undefined;
  const found = TAKE_BIT_OUT.exec(said)?.[1] ?? STUCK_ON.exec(said)?.[1];
  const words = found?.split(/\s+/).filter((w) => !POINTING.test(w)).join(' ');
  return words ? words : undefined;
}
