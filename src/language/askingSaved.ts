/*
 * "thats wrong, u saved me asking to change it", "you put my question in as the answer": the words
 * just saved were the person asking for a change, not what the part should say. Only a message that
 * speaks of its own asking (or question) being saved or put in counts; a new answer never does.
 */

// "me asking" and "my asking" only ever mean the asking itself; "what i asked" and "my question" are
// also how people approve ("that is what i asked for", "that was my question answered"), so those
// count only beside a negation ("thats not what i asked", "no you wrote what i asked").
const OWN_ASKING = String.raw`(?:me\s+(?:just\s+)?asking|my\s+(?:request|asking)|the\s+question\s+i\s+typed)`;
const ASKED = String.raw`(?:my\s+question|what\s+i\s+(?:asked|was\s+asking)|the\s+question\s+i\s+asked)`;
const ASKING = String.raw`(?:${OWN_ASKING}|${ASKED})`;
const SAVED = String.raw`(?:saved|put|kept|wrote|written|added|typed|took|used|copied|changed\s+it\s+to)`;
const BY_BOT = String.raw`\b(?:you|u|it|bot)\s+(?:have\s+|ve\s+|just\s+|has\s+)?${SAVED}\s+(?:in\s+)?`;
const THAT_WAS = String.raw`\b(?:that|it|this)\s+(?:was|is|were)\s+(?:just\s+|only\s+)?`;

const ASKING_SAVED: readonly RegExp[] = [
  // "u saved me asking to change it", "you put my request in"
  new RegExp(`${BY_BOT}${OWN_ASKING}`, 'i'),
  // "you put my question in as the answer": said to be in the place of the answer
  new RegExp(String.raw`${BY_BOT}${ASKED}\s+(?:in\s+)?(?:as|into|instead)\b`, 'i'),
  // "that was me asking"
  new RegExp(String.raw`${THAT_WAS}${OWN_ASKING}\b`, 'i'),
  // "my question is in as the answer", "my question went in as the words"
  new RegExp(String.raw`${ASKING}\s+(?:is|was|went|got\s+put|got\s+saved)\s+(?:in\s+)?(?:as|into)\s+(?:the|my)\s+(?:answer|words|new\s+words|text)`, 'i'),
];

// Only with a negation in the same message: "no you wrote what i asked, not what it should say".
const ASKED_SAVED: readonly RegExp[] = [
  new RegExp(`${BY_BOT}${ASKED}`, 'i'),
  new RegExp(String.raw`${THAT_WAS}${ASKED}\b(?!\s+answered)`, 'i'),
  // "thats not what i asked", "it isnt what i asked"
  new RegExp(String.raw`\b(?:thats|that|its|it|this)\s+(?:is\s+|was\s+)?(?:not|isnt|wasnt)\s+(?:just\s+)?${ASKED}\b`, 'i'),
];
const NEGATION = /\b(?:not|nope|no|wrong|isnt|wasnt|didnt|dont|doesnt|never)\b/i;
const NOT_A_NEGATION = /\bno\s+(?:problem|worries|bother)\b/gi;

/** Whether the message says the words just saved were its own asking, not what the part should say. */
export function saysAskingWasSaved(text: string): boolean {
  const said = text.slice(0, 300).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  if (ASKING_SAVED.some((re) => re.test(said))) return true;
  return NEGATION.test(said.replace(NOT_A_NEGATION, ' ')) && ASKED_SAVED.some((re) => re.test(said));
}
