/*
 * A request said beside an agreement: "ok better. can you delete the bit that says ...", "looks good
 * but move the bike one". Such a message is never "looks good": the request is what they want.
 */

const VERB = String.raw`(?:delete|remove|change|take\s+(?:out|off|away)|take\s+\S+(?:\s+\S+){0,6}\s+out|move|put|add|fix|edit|swap|reword|get\s+rid\s+of|cross\s+out|rub\s+out|join|merge|split)`;

const REQUEST: readonly RegExp[] = [
  // "can you delete ...", "could we move ..."
  new RegExp(String.raw`\b(?:can|could|would|will)\s+(?:you|u|i|we)\s+(?:please\s+|pls\s+|just\s+)?${VERB}\b`, 'i'),
  // "please delete ...", "i want to change ...", "id like you to move ..."
  new RegExp(String.raw`\b(?:please|pls|plz)\s+${VERB}\b|\b(?:i|we)\s*(?:want|need|would\s+like|'d\s+like|d\s+like|wanna)\s+(?:you\s+)?(?:to\s+)?${VERB}\b`, 'i'),
  // "... but delete the last one", "ok. change the date"
  new RegExp(String.raw`(?:^|[.!?,;]\s*|\b(?:but|and|just|then)\s+|^(?:(?:ok|okay|oh|right|well|so|now|yes|yeah|also|alright|erm|um)[\s,.!]+)+)${VERB}\s+(?:the|that|this|it|my|his|her|number|\d|["“‘'])`, 'i'),
];

/** True when the message asks for a change to the plan, wherever in it the asking is. */
export function asksForAChange(text: string): boolean {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
  return said.length > 0 && REQUEST.some((re) => re.test(said));
}

/** "ok. where i say toilet is hard?", "yes but why it says July?": a question said after the agreement. */
const QUESTION_AFTER = /^(?:(?:and|but|so|then|ok|okay)\s+)*(?:where|what|why|how|who|when|which|is|are|can|could|do|does|did|will|should)\b/i;

/** True when a sentence after the first asks something: "ok" then a question is not "looks good". */
export function asksBesideAgreement(text: string): boolean {
  const sentences = text.split(/(?<=[.!?…;,])\s+|\s+(?=but\b)/i).map((s) => s.trim()).filter(Boolean);
  return sentences.slice(1).some((s) => /\?\s*$/.test(s) || QUESTION_AFTER.test(s.replace(/^[\s,.;:-]+/, '')));
}
