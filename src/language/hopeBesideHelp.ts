import { foldCase } from './text';

/*
 * At the hopes question a parent may say the hope and the help it needs in one breath: "Uni. He's
 * bright, he just needs the right setting. Wants to do computer science." The hope is what they
 * said; the help is for later. Only a sentence that says what someone wants to do counts, and only
 * when that sentence is not itself help wanted ("he wants a TA").
 */

/** "wants to do computer science", "she would love to work with animals", "I dream of being a vet". */
const HOPE_SAID =
  /^(?:(?:and|but|so|also|really)[\s,]+)*(?:(?:i|he|she|they|we|[a-z]+)\s+)?(?:really\s+|just\s+|also\s+)?(?:wants?\s+to|wanna|would\s+(?:like|love)\s+to|'d\s+(?:like|love)\s+to|dreams?\s+of|hopes?\s+to)\s+(?!(?:have|get|be\s+given)\b)[a-z]/i;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

/** One sentence of a longer answer says a hope to do something, and is not help wanted. */
export function saysAHopeBesideHelp(text: string, isHelp: (sentence: string) => boolean): boolean {
  const all = sentencesOf(text);
  if (all.length < 2) return false;
  return all.some((sentence) => HOPE_SAID.test(foldCase(sentence).replace(/[\u2018\u2019]/g, "'")) && !isHelp(sentence));
}
