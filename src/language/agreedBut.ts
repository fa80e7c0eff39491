/*
 * "looks good but can i change the football one?", "its fine apart from the lego one": the
 * agreeing is only a lead-in, and what follows it is what they ask. Only "looks good" or "that's
 * fine" on its own finishes the plan.
 */

const AGREED =
  /^(?:(?:yeah|yes|ye|yep|ok|okay|oh|um+|hmm+)[\s,.!]+)*(?:(?:it|that|this|everything|all)\s*(?:'?s|\s+is|\s+looks)?\s+)?(?:looks?|looking|is|s)?\s*(?:all\s+)?(?:good|fine|ok|okay|great|alright|all\s+right|right|nice|cool|grand|perfect)(?:\s+(?:mostly|i\s+think|really|overall|tho|though))?/i;
const TURN = /^[\s,.!;:-]*(?:but|except|apart\s+from|other\s+than|tho|though|however|only|just)\b[\s,:-]*/i;

/**
 * "ok now add a hope: ...", "right, take out the bus one": a bare "ok" or "yes" before a request is
 * only how the sentence starts, so the request is what they ask.
 */
const LEAD_IN =
  /^(?:(?:ok|okay|oki|yes|yeah|yep|right|alright|all right|cool|so)[\s,.!]+)+(?:(?:now|then|next|and)[\s,]+)*(?=(?:please\s+|pls\s+)?(?:add|put|change|take|remove|delete|move|make|swap|show|fix|edit|can|could|i\s+want|i\s+wanna|i\s+need\s+to|let\s+me|where)\b)/i;

/** What is asked after agreeing ("can i change the football one?"); undefined when nothing follows a "but". */
export function askedAfterAgreeing(text: string): string | undefined {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const led = LEAD_IN.exec(said);
  if (led) return said.slice(led[0].length);
  const agreed = AGREED.exec(said);
  if (!agreed) return undefined;
  const after = said.slice(agreed[0].length);
  const turn = TURN.exec(after);
  const rest = turn ? after.slice(turn[0].length).trim() : '';
  return /\p{L}{2,}/u.test(rest) ? rest : undefined;
}

/** "well it doesn't", "actually it isn't really": the agreeing just said, taken back at once. */
const TAKEN_BACK = /^[\s,.!;:-]*(?:(?:well|actually|ok|no|honestly)[\s,.!]+)*(?:it|that|this)\s*(?:doesn'?t|does\s+not|isn'?t|is\s+not|'?s\s+not)(?:\s+(?:really|look\s+(?:good|right|fine)))?\b/i;

/**
 * "Looks good. Well it doesn't but I've had enough.": a yes taken back in the same breath, whatever
 * follows it (a wish to be done with it, often). Neither a yes to finish nor a change asked for.
 */
export function takesBackAgreeing(text: string): boolean {
  const said = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
  const agreed = AGREED.exec(said);
  return agreed !== null && TAKEN_BACK.test(said.slice(agreed[0].length));
}

const FINISH_AS_IT_IS = /\b(?:finish|finished|done|leave\s+it|as\s+it\s+is|keep\s+it|that'?ll\s+do)\b/i;
const NOT_FINISHING = /\b(?:change|not|don'?t|no|wait|before)\b/i;

/** "finish it as it is", "just finish it", "leave it as it is": the answer to finish as it is, or change something. */
export function saysFinishAsItIs(text: string): boolean {
  return FINISH_AS_IT_IS.test(text) && !NOT_FINISHING.test(text);
}
