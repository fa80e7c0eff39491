/*
 * Words said to the people in the room or about the typing, at the end of an answer: "live in my
 * own flat one day no offence mum", "swimming and physio please then im done my hands are getting
 * tired". They are no part of the hope, need or step, so they are never kept with it. Words that
 * say something about them stay: "finish college and then im done with school", "my hands get
 * tired when I write".
 */

/** "no offence mum", "no offense to my dad", "no offence x": said to someone beside them. */
const NO_OFFENCE = /[\s,.;:!-]+no\s+offen[cs]e(?:\s+(?:to\s+)?(?:my\s+)?[\p{L}'-]+)?(?:\s+(?:lol|haha\w*|x+))?[\s.!]*$/iu;
/** "please then im done", "and then I'm finished", "that's it im done now", with anything said after it. */
const DONE_NOW =
  /(?:[\s,.;:!-]+(?:please|pls|plz))?[\s,.;:!-]+(?:(?:and\s+)?then\s+|(?:thats|that's|that\s+is)\s+(?:it|all)\s+)(?:im|i'm|i\s+am|i\s+m)\s+(?:done|finished)(?:\s+now)?(?=$|[\s,.;:!?]+(?!with\b|for\b|at\b|in\b|by\b))(?:[\s,.;:!?]+.*)?$/iu;
/** "my hands are getting tired", "my arms hurt now": how typing feels, said at the end with "now" or after "please". */
const TIRED = String.raw`my\s+(?:hands?|arms?|fingers?|eyes?|voice|wrists?)\s+(?:are|is|r|s|re)\s+(?:getting\s+|really\s+|so\s+|very\s+)*(?:tired|sore|hurting|aching|achy)`;
const TIRED_NOW = new RegExp(
  String.raw`(?:[\s,.;:!-]+(?:please|pls|plz|sorry|soz)[\s,.;:!-]+(?:(?:cos|coz|because|as)\s+)?${TIRED}(?:\s+now)?|[\s,.;:!-]+(?:(?:cos|coz|because|as)\s+)?${TIRED}\s+now)[\s.!]*$`,
  'iu',
);

/** The words without an aside at their end; the words as typed when nothing else would be left. */
export function withoutAsideTail(text: string): string {
  let said = text;
  let before = '';
  while (before !== said) {
    before = said;
    said = said.replace(NO_OFFENCE, '').replace(DONE_NOW, '').replace(TIRED_NOW, '');
  }
  if (said === text) return text;
  // "swimming and physio please": the please that led into the aside goes with it.
  const kept = said.replace(/[\s,]+(?:please|pls|plz)[\s.!]*$/i, '').replace(/[\s,;:-]+$/, '');
  return /\p{L}{2,}/u.test(kept) ? kept : text;
}
