import { normaliseMessage } from './text';

/*
 * A short question back about what the open question is about, said first, sometimes with a guess
 * or a word about the chat after it: "with what sorry? the toilet thing?", "do what? its not
 * something alfie does", "by when what?? you just said you left it out". ("which outcome is
 * this?" is answered by its own reader.) The person lost track of the thing being talked about: it is named for
 * them, and the question asked again. It is never an answer, so nothing in it is kept.
 */

/** "with what", "do what", "by when what", "help with what sorry": the question's own words echoed with "what". */
const ECHO =
  /^(?:(?:sorry|soz|um+|erm+|wait|hang on|huh|eh|oh|ok|okay|so|but)\s+)*(?:(?:help(?:s)?|helping|helps him|helps her)\s+)?(?:with|do|does|by\s+when|by|when|to\s+do|for|about)\s+(?:what|wat|wot)(?:\s+(?:sorry|soz|exactly|then|tho|though|lol|even|now))*$/;

/** After the question: a guess at the thing, asked ("the toilet thing?", "you mean the toilet?"). */
const GUESS_WORDS = 6;

/**
 * After the question: a word about the chat, by the person about themselves or the bot ("i said no
 * thats everything", "its not something alfie does", "you just said you left it out", "im so
 * confused"). Short, and said to the bot, so a sentence of news or of harm is never one.
 */
const ABOUT_THE_CHAT =
  /^(?:(?:but|and|so|lol|sorry|like)\s+)*(?:(?:i|you)\s+(?:just\s+|already\s+)?(?:said|told you|typed|put|asked|mean|meant)\b|(?:its|it s|it is|thats|that s|that is)\s+not\s+(?:something|a thing|what)\b|(?:im|i m|i am)\s+(?:so\s+|really\s+|a bit\s+|well\s+|totally\s+)?(?:confused|lost)$|(?:i\s+)?(?:dont|do not)\s+(?:get it|understand)$|(?:what|wat)\s+do\s+you\s+mean$)/;

/** A sentence after the question that asks nothing new and says no answer. */
function besideTheQuestion(sentence: { said: string; asked: boolean }): boolean {
  const words = sentence.said.split(' ').length;
  if (sentence.asked && words <= GUESS_WORDS) return true;
  return words <= 12 && ABOUT_THE_CHAT.test(sentence.said);
}

/** Whether the message asks what the open question is about, and nothing else. */
export function asksWhatItIsAbout(text: string): boolean {
  if (text.length > 160) return false;
  const sentences = (text.match(/[^.?!\n]+[.?!\n]*/g) ?? [])
    .map((part) => ({ said: normaliseMessage(part).replace(/\bu\b/g, 'you').replace(/\bur\b/g, 'your'), asked: part.includes('?') }))
    .filter((s) => s.said);
  const [first, ...rest] = sentences;
  if (!first || rest.length > 2) return false;
  if (!ECHO.test(first.said)) return false;
  return rest.every(besideTheQuestion);
}
