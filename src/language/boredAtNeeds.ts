import { normaliseMessage } from './text';

/*
 * "im bored", "bored", "so boring" as the whole answer to "what makes this hard?": being bored is
 * what makes it hard, a need in their words. Said anywhere else it is talk about the chat. Words
 * about the chat itself ("this is boring", "these questions are boring", "im bored now") stay talk.
 */

const BORED_ALONE =
  /^(?:(?:ugh+|tbh|ngl|honestly|just|well|um+|erm+)\s+)*(?:(?:im|i m|i am|i get|i always get|get|getting|gets)\s+(?:so\s+|soo+\s+|really\s+|rly\s+|well\s+|dead\s+|proper\s+|too\s+|very\s+)*(?:bored|boredd+|borde|bord)|(?:so\s+|soo+\s+|really\s+|too\s+)?(?:bored|boring|borin))(?:\s+(?:lol|tbh|ngl|innit|mostly|a lot|all the time|easily|in lessons|in class))*$/;

/** The whole message says they are bored, with no word about the chat. */
export function boredIsTheAnswer(text: string): boolean {
  if (text.length > 60) return false;
  const said = normaliseMessage(text);
  return BORED_ALONE.test(said);
}
