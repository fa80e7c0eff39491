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
  new RegExp(String.raw`(?:^|[.!?,;]\s*|\b(?:but|and|just|then)\s+)${VERB}\s+(?:the|that|this|it|my|his|her|number|\d)`, 'i'),
];

/** True when the message asks for a change to the plan, wherever in it the asking is. */
export function asksForAChange(text: string): boolean {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
  return said.length > 0 && REQUEST.some((re) => re.test(said));
}
