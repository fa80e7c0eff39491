import { normaliseMessage } from './text';

/*
 * "yes stack shelves is ok", "the bus one is fine", "yeah shelves one is right" at the read-back:
 * a yes to one part named by its words, never to the whole plan. "yes", "yes its all ok", "yes
 * that is right" name no part: they are a yes to what was asked.
 */

const YES = /^(?:(?:yes|yeah|yea|yeh|ye|yep|yup|yh|ok|okay|sure)\b\s*)+/;
const FINE = /(?:^|\s+)(?:is|s|its|it\s+is|are|looks?|sounds?)?\s*(?:(?:all|really|very|so)\s+)?(?:ok|okay|fine|good|right|correct|great|alright)(?:\s+(?:now|too|thanks|thank\s+you))*$/;
/** Words that point or speak of all of it: no one part is named by them. */
const NOT_A_PART = /^(?:(?:it|its|that|thats|this|thiss|all|everything|the|whole|thing|lot|plan|one|ones|it\s+all|all\s+of\s+it|the\s+lot|every\s+thing|them|they|those|these|my|goals?|outcomes?|targets?|hopes?|dreams?|parts?|bits?|rest|else|stuff|of|please|pls|plz|thanks|ta|both|go|on|then|more|for|another|new)\s*)+$/;
/** A change, a doubt or a "but" beside the yes: never an agreement to one part. */
const NOT_AGREEING = /\b(?:but|change|changed|not|no|nope|wrong|take|remove|delete|add|except|apart|instead|fix|edit|why|what|how|told|said|already|more|another|new|add)\b|^(?:one\s+)?for\b/;

/** The words naming the one part agreed, or undefined when the yes is to what was asked. */
export function yesToOnePart(text: string): string | undefined {
  const said = normaliseMessage(text).toLowerCase().trim();
  if (said.split(' ').length > 10) return undefined;
  const rest = said.replace(YES, '');
  const yes = rest !== said;
  const fine = FINE.test(rest);
  // A yes and the words alone ("yes stack shelves") or words said to be fine ("the bus one is ok").
  if (!fine && !yes) return undefined;
  const named = rest.replace(FINE, '').replace(/\bone$/, '').trim();
  if (!named || NOT_A_PART.test(named) || NOT_AGREEING.test(rest)) return undefined;
  // "yes stack shelves" with no "is ok" is only a yes to one part when it says little else.
  if (!fine && named.split(' ').length > 4) return undefined;
  return named;
}
