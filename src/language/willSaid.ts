import { escapeRegExp } from './text';
import { isCloseTo } from './fuzzy';
import { ACTIVITY_VERBS } from './supportWords';
import { forgottenWithReadings } from './recentReadings';
import { readFirstWord, tagsOf } from './verbFirst';

/*
 * "i will rite lego storys", "Jayden will use his time out card", "he will ask for help": the
 * person has already said who will do it and what. The word after "will" may be misspelt ("rite"
 * is a noun in the word list, but one slip from "write"); it is taken as their verb, so the bot
 * does not ask them to "start with I will" when they did.
 */

/** Words after "will" that are never what someone will do. */
const NOT_A_DOING = new Set(['a', 'an', 'the', 'some', 'more', 'less', 'not', 'never', 'maybe', 'be', 'he', 'she', 'they', 'i', 'it', 'my', 'his', 'her', 'their', 'nothing', 'dunno', 'idk', 'need', 'needs']);

/** Everyday verbs a misspelt word is compared with (the word list's base verbs would match almost anything). */
const COMMON_VERBS = new Set([...ACTIVITY_VERBS, 'write', 'read', 'use', 'ask', 'tell', 'say', 'make', 'take', 'go', 'get', 'give', 'try', 'learn', 'play', 'walk', 'talk', 'join', 'finish', 'hand', 'start', 'stop', 'keep', 'stay', 'spell', 'count', 'draw', 'build', 'cook', 'clean', 'catch', 'travel', 'practise', 'practice', 'share', 'wait', 'help', 'find', 'speak', 'sleep', 'eat', 'brush', 'dress', 'swim', 'ride']);

/** Whether a word that is not known as a verb is one slip from an everyday verb ("rite", "yuse", "finsh"). */
function misspeltVerb(word: string): boolean {
  if (word.length < 3) return false;
  for (const verb of COMMON_VERBS) if (verb.length >= 4 && (verb.startsWith(word[0]!) || word.length >= 4) && closeEnough(word, verb)) return true;
  return false;
}

/** One slip away, short words included ("rite" for "write" is a dropped letter). */
function closeEnough(word: string, verb: string): boolean {
  if (isCloseTo(word, verb)) return true;
  return word.length >= 3 && verb.length === word.length + 1 && [...verb].some((_, i) => verb.slice(0, i) + verb.slice(i + 1) === word);
}

/** Who will do it, then "will" as typed in a hurry ("wil", "wll"), "can" or "is able to", then the word they will do. */
const whoWillSource = (who: string): string =>
  `\\b(?:i|he|she|they|we${who})(?:\\s+(?:will|wil|wll|wiill|willl)(?:\\s+(?:be\\s+able|b\\s+able)\\s+to)?|'ll|\\s+can|\\s+(?:is|are|am)\\s+able\\s+to)\\s+([a-z'-]+)`;
const WHO_WILL = new RegExp(whoWillSource(''), 'i');

/*
 * A conversation asks with the same child's name turn after turn: the pattern with that name is made once and kept
 * until another name is asked for. A name is typed words, so it is forgotten with the readings ("delete my data").
 */
let named: { name: string; re: RegExp } | undefined;
forgottenWithReadings({
  forget() {
    named = undefined;
  },
  holds: (text) => named !== undefined && named.name === text,
});

function whoWillPattern(childName: string | undefined): RegExp {
  if (!childName) return WHO_WILL;
  if (named?.name !== childName) named = { name: childName, re: new RegExp(whoWillSource(`|${escapeRegExp(childName)}`), 'i') };
  return named.re;
}

/**
 * Whether the typed words say who will do something and then a verb: "I will", "<name> will",
 * "<name> wil", "<name> can", "<name> is able to",
 * "he/she/they will", with a word after "will" that is (or is a slip of) something done.
 */
export function saysWhoWillDoWhat(text: string, childName?: string): boolean {
  const m = whoWillPattern(childName).exec(text);
  const word = m?.[1]?.toLowerCase();
  if (!word || NOT_A_DOING.has(word)) return false;
  const rest = text.slice((m!.index ?? 0) + m![0].length - word.length);
  if (readFirstWord(rest) !== 'notAVerb') return true;
  const known = tagsOf(word);
  // "I will paid job": a past form, not something they will do.
  if (known?.some((t) => t.startsWith('VB'))) return false;
  return misspeltVerb(word);
}
