/*
 * "thats wrong, u saved me asking to change it", "you put my question in as the answer": the words
 * just saved were the person asking for a change, not what the part should say. Only a message that
 * speaks of its own asking (or question) being saved or put in counts; a new answer never does.
 */

const ASKING = String.raw`(?:me\s+(?:just\s+)?asking|my\s+(?:question|request|asking)|what\s+i\s+(?:asked|was\s+asking)|the\s+question\s+i\s+(?:asked|typed))`;
const SAVED = String.raw`(?:saved|put|kept|wrote|written|added|typed|took|used|copied|changed\s+it\s+to)`;

const ASKING_SAVED: readonly RegExp[] = [
  // "u saved me asking to change it", "you put my question in as the answer", "you wrote what i asked"
  new RegExp(String.raw`\b(?:you|u|it|bot)\s+(?:have\s+|ve\s+|just\s+|has\s+)?${SAVED}\s+(?:in\s+)?${ASKING}`, 'i'),
  // "that was me asking", "that was my question not the answer"
  new RegExp(String.raw`\b(?:that|it|this)\s+(?:was|is|were)\s+(?:just\s+|only\s+)?${ASKING}\b`, 'i'),
  // "my question is in as the answer", "my question went in as the words"
  new RegExp(String.raw`${ASKING}\s+(?:is|was|went|got\s+put|got\s+saved)\s+(?:in\s+)?(?:as|into)\s+(?:the|my)\s+(?:answer|words|new\s+words|text)`, 'i'),
];

/** Whether the message says the words just saved were its own asking, not what the part should say. */
export function saysAskingWasSaved(text: string): boolean {
  const said = text.slice(0, 300).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  return ASKING_SAVED.some((re) => re.test(said));
}
