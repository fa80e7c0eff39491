import { normaliseReply, readPolarity } from './polarity';

/*
 * The answer to "Is this a small first step towards something bigger? Or shall we keep it as a
 * short step?", typed in people's own words. Words about either choice count before a bare yes or
 * no, so "yes keep it" keeps it. A bare "yes" answers the first question (a step to something
 * bigger) and a bare "no" means nothing bigger: it stays a short step.
 */

export type TargetChoice = 'bigger' | 'keep';

/** "a first step", "its the start of something bigger", "it leads to more", "i want more than that". */
const BIGGER =
  /\b(?:first step|1st step|start(?:ing)? (?:step|point)|step (?:to|towards|on the way)|towards something|something (?:bigger|more|else)|bigger|longer|leads? (?:to|on to|onto)|lead(?:ing)? (?:up )?to|more than (?:that|this)|build (?:on|up)|work (?:up|towards)|the start of)\b/;
/** "keep it", "short step", "as it is", "just that", "leave it", "that's enough", "that'll do". */
const KEEP =
  /\b(?:keep|kept|short|as it is|as is|fine (?:like|as) (?:that|it is|is)|leave it|just (?:that|this|it|keep)|(?:that|this|it) is (?:enough|fine|it|all)|thats (?:enough|fine|it|all)|(?:that|thatll|that will) do|stay (?:as|like)|only (?:that|this)|on its own)\b/;
/** "i guess its a step?", "its a step i think": a hedged yes to the first question, said with its own word "step". */
const A_STEP =
  /^(?:(?:i guess|i think|i suppose|i reckon|guess|maybe|probably|prob|yeah|yes|yep|ok|okay|so|well|um+|erm+)\s+)*(?:it|its|it is|this|this is|thats|that is)\s+(?:a|one)\s+(?:small\s+|little\s+)?step(?:\s+(?:i guess|i think|i suppose|then|yeah|innit|right|really))*$/;
/** "not a first step", "nothing bigger", "no bigger goal": the bigger words said no to. */
const NOT_BIGGER = /\b(?:not (?:a |the )?(?:first step|step|bigger|something bigger|anything bigger)|nothing (?:bigger|more|else)|no (?:bigger|more|other) (?:goal|thing|step))\b/;

export function readTargetChoice(text: string): TargetChoice | undefined {
  const said = normaliseReply(text).replace(/'/g, '');
  if (NOT_BIGGER.test(said)) return 'keep';
  const bigger = BIGGER.test(said) || A_STEP.test(said);
  const keep = KEEP.test(said);
  if (bigger && !keep) return 'bigger';
  if (keep && !bigger) return 'keep';
  if (bigger && keep) return undefined;
  const { answer } = readPolarity(text);
  if (answer === 'yes') return 'bigger';
  if (answer === 'no') return 'keep';
  return undefined;
}

/** "the bigger thing is", "my main goal would be", "it leads to", "a step towards": what follows is the bigger goal. */
const GOAL_LEAD =
  /\b(?:(?:the|my|a)\s+)?(?:bigger|big|main|real|proper|long(?:er)?[\s-]?term)\s+(?:thing|goal|one|step|plan|aim|idea)\s+(?:is|would\s+be|will\s+be|being|=)\s+|\b(?:it\s+|that\s+)?leads?\s+(?:on\s+)?to\s+|\bstep\s+(?:to|towards)\s+/;
/** Words that add nothing before the goal: "actually", "really", "like". */
const GOAL_FILLER = /^(?:(?:actually|really|like|probably|maybe|prob|just|defo|definitely|to)\s+)+/i;
/** Not a goal: the choice's own words ("something bigger", "more"). */
const NO_GOAL = /^(?:something|anything|it|that|this|more|bigger)(?:\s+(?:bigger|more|else|big|larger))?(?:\s+(?:please|pls|plz|thanks|then|lol|i\s+guess|i\s+think))*$/;

/**
 * "its a step, the bigger thing is actually starting college in september": a step to something
 * bigger with that bigger thing named. Its words, in theirs; undefined when none is named.
 */
export function biggerGoalIn(text: string): string | undefined {
  const lead = GOAL_LEAD.exec(text.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
  if (!lead) return undefined;
  // "step to something bigger yeah. proper job": the choice's own words said back, then the goal.
  const goal = withoutChoiceEcho(text.slice(lead.index + lead[0].length)).replace(/[\s.!?,;]+$/, '');
  const plain = goal.replace(GOAL_FILLER, '');
  const words = plain.toLowerCase().replace(/[^\p{L}\p{N}\s']+/gu, ' ').trim();
  return words.split(/\s+/).length >= 2 && !NO_GOAL.test(words) ? plain.trim() : undefined;
}

/**
 * The button's words said back before an answer ("Step to something bigger yeah. proper job", "a step to
 * something bigger - a proper job"): the choice, never part of the goal. Only when words follow it.
 */
const CHOICE_ECHO =
  /^\s*(?:(?:yes|yeah|yep|ye|ok|okay)[\s,.!]+)?(?:(?:a|the)\s+)?(?:(?:(?:first|small)\s+)?step\s+(?:to|towards)\s+)?(?:something|summat)\s+(?:bigger|more|else)\b(?:[\s,.!?;:-]+(?:yeah|yes|yep|ye|please|pls|then|defo|definitely|i\s+guess|i\s+think))*[\s,.!?;:-]+/i;

export function withoutChoiceEcho(text: string): string {
  const echo = CHOICE_ECHO.exec(text);
  if (!echo) return text;
  const rest = text.slice(echo[0].length).trim();
  return /\p{L}{2,}/u.test(rest) ? rest : text;
}
