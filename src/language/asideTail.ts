/*
 * Words said to the people in the room or about the typing, at the end of an answer: "live in my
 * own flat one day no offence mum", "swimming and physio please then im done my hands are getting
 * tired", "like i said before", "no code btw". They are no part of the hope, need or step, so they are never kept with it. Words that
 * say something about them stay: "finish college and then im done with school", "get my gcses and
 * then im finished school and go to college", "my hands get tired when I write".
 */

import { readOnce } from './recentReadings';

/** "no offence mum", "no offense to my dad", "no offence x": said to someone beside them. */
const NO_OFFENCE = /[\s,.;:!-]+no\s+offen[cs]e(?:\s+(?:to\s+)?(?:my\s+)?[\p{L}'-]+)?(?:\s+(?:lol|haha\w*|x+))?[\s.!]*$/iu;
/** "my hands are getting tired", "my arms hurt now": how typing feels. */
const TIRED = String.raw`my\s+(?:hands?|arms?|fingers?|eyes?|voice|wrists?)\s+(?:are|is|r|s|re)\s+(?:getting\s+|really\s+|so\s+|very\s+)*(?:tired|sore|hurting|aching|achy)`;
/**
 * What may follow "im done" in an aside: nothing, or more said to the room ("my hands are getting
 * tired", "thanks", "lol", "bye"). Anything else ("im finished school and go to college") says
 * what they will do, so it is the answer.
 */
const AFTER_DONE = String.raw`(?:[\s,.;:!?]*$|[\s,.;:!?-]+(?:${TIRED}|(?:im|i'm|i\s+am)\s+(?:tired|knackered|bored|off)|thanks|thank\s+(?:you|u)|thx|ty|cheers|lol|lmao|haha\w*|bye|cya|see\s+(?:you|ya|u)|ok(?:ay)?|x+|sorry|soz)\b.*$)`;
/** "please then im done", "and then I'm finished", "that's it im done now", with more said to the room after it. */
const DONE_NOW = new RegExp(
  String.raw`(?:[\s,.;:!-]+(?:please|pls|plz))?[\s,.;:!-]+(?:(?:and\s+)?then\s+|(?:thats|that's|that\s+is)\s+(?:it|all)\s+)(?:im|i'm|i\s+am|i\s+m)\s+(?:done|finished)(?:\s+now)?${AFTER_DONE}`,
  'iu',
);
/** "please my hands are getting tired", "cos my arms are sore now": how typing feels, said at the end with "now" or after "please". */
const TIRED_NOW = new RegExp(
  String.raw`(?:[\s,.;:!-]+(?:please|pls|plz|sorry|soz)[\s,.;:!-]+(?:(?:cos|coz|because|as)\s+)?${TIRED}(?:\s+now)?|[\s,.;:!-]+(?:(?:cos|coz|because|as)\s+)?${TIRED}\s+now)[\s.!]*$`,
  'iu',
);
/**
 * "living with my mate like i said before", "a job in a garage, as i said already": a pointer back at
 * their own words. The readers that link what was said before read it first; it is never kept.
 */
const LIKE_I_SAID = /[\s,;:-]+(?:like|as)\s+i\s*(?:have\s+|'ve\s+|ve\s+|already\s+)?(?:said|say|told\s+(?:you|u|ya)|mentioned|put)(?:\s+(?:before|already|earlier|b4|just now|last time|at the start))*(?:\s+(?:lol|man|bro|mate))*[\s.!]*$/iu;
/**
 * "the lego and dinosaurs. no code btw", "lego, we havent got a code": the code question answered
 * beside another answer. The code is read where it is asked; it is never part of the answer.
 */
const NO_CODE = /(?:\s*[,.;:!-]+\s*|\s+(?:and|but|oh|also|ps)\s+)(?:and\s+|but\s+|oh\s+|also\s+|ps\s+)*(?:no|got\s+no|(?:we|i)\s+(?:dont|do\s+not|havent|have\s+not|didnt|did\s+not)\s+(?:have|got|get|been\s+given)\s+(?:a|any))\s+(?:key\s*worker\s+)?codes?(?:\s+(?:btw|by\s+the\s+way|yet|either|sorry|soz|though|tho|lol|x+))*[\s.!]*$/iu;
/**
 * "zones of regulation; school mentioned that once", "a visual timetable, his teacher suggested it
 * last year": where they heard of it, said after the help. It is no help of its own.
 */
const HEARD_OF_IT = /\s*[,.;:!-]+\s*(?:(?:and|but|oh|also)\s+)?(?:(?:the|his|her|their|my|our|a|an)\s+)?(?:[\p{L}'-]+\s+){0,2}(?:mentioned|suggested|recommended|brought\s+up|talked\s+about|told\s+(?:us|me|him|her)\s+about)\s+(?:it|that|this|them|those|these)(?:\s+(?:once|before|already|last\s+(?:year|term|week|month)|a\s+while\s+(?:ago|back)|ages\s+ago|at\s+(?:a|the|his|her)\s+(?:meeting|review)|i\s+think|tho|though|btw))*[\s.!]*$/iu;
/** "swimming and physio please": the please that led into the aside goes with it. */
const PLEASE_END = /[\s,]+(?:please|pls|plz)[\s.!]*$/i;

/*
 * An aside is a few words at the very end, so only the end of the message is read: a regular
 * expression tried at every place of a long run of spaces or commas would take seconds.
 */
const TAIL_CHARS = 160;

/** The text without what `ending` matches in its last characters; unchanged when it does not match. */
export function withoutEnding(text: string, ending: RegExp): string {
  const from = Math.max(0, text.length - TAIL_CHARS);
  const found = ending.exec(text.slice(from));
  return found ? text.slice(0, from + found.index) : text;
}

/** The text without separators at its end, read from the end so a long run costs its length only. */
export function trimEndOf(text: string, separators: RegExp = /[\s,;:-]/): string {
  let end = text.length;
  while (end > 0 && separators.test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** Asides taken off the end, in this order, until none is left. */
const ASIDE_ENDINGS: readonly RegExp[] = [NO_OFFENCE, DONE_NOW, TIRED_NOW, LIKE_I_SAID, NO_CODE, HEARD_OF_IT];

/** The words without an aside at their end; the words as typed when nothing else would be left. */
export const withoutAsideTail = readOnce(withoutAsideTailAfresh);
function withoutAsideTailAfresh(text: string): string {
  let said = text;
  let before = '';
  while (before !== said) {
    before = said;
    said = ASIDE_ENDINGS.reduce(withoutEnding, said);
  }
  if (said === text) return text;
  const kept = trimEndOf(withoutEnding(said, PLEASE_END));
  return /\p{L}{2,}/u.test(kept) ? kept : text;
}

/**
 * "as I said before", "like I told you", "I have already said that": only a pointer back at their own
 * words, with nothing else in it. It is never kept as an answer.
 */
const POINTS_BACK =
  /^(?:(?:and|but|so|well|yes|no)[\s,]+)?(?:(?:like|as)\s+i\s*(?:have\s+|'ve\s+|ve\s+|already\s+|did\s+)?(?:said|say|told\s+(?:you|u|ya)|mentioned|put|explained)|i\s*(?:have\s+|'ve\s+|ve\s+)?(?:already\s+)?(?:said|told\s+(?:you|u|ya))\s+(?:that|this|so))(?:\s+(?:before|already|earlier|b4|just\s+now|last\s+time|at\s+the\s+start|twice|more\s+than\s+once|several\s+times|a\s+few\s+times))*(?:\s+(?:lol|man|bro|mate))*[\s.!]*$/iu;

export function onlyPointsBack(text: string): boolean {
  return POINTS_BACK.test(text.replace(/[\u2018\u2019]/g, "'").trim());
}
