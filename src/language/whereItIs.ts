import { normaliseMessage } from './text';

/*
 * "nah im done. physio thing is in the help bit": a remark about where something already is in the
 * plan, said beside an answer. It is no new outcome and no content: the answer is read alone.
 */

const PLAN_PART = String.raw`(?:help|support|provision|needs?|hard\s+(?:things?|bit|part)|hopes?|dreams?|goals?|outcomes?|steps?|plan|measure|list|other\s+(?:one|bit|part|goal|outcome))`;
/** "physio thing is in the help bit", "its already under support", "the physio goes in the help part". */
const WHERE = new RegExp(
  String.raw`^(?:(?:and|but|so|oh|btw|also)\s+)*(?:its|it\s+s|thats|that\s+s|(?:(?:the|my|that|this)\s+)?(?:[\p{L}\p{N}]+\s+){0,3}?(?:is|s|was|are|goes|go|went|belongs|sits))\s+(?:already\s+|still\s+|all\s+)?(?:in|under|on|with|at)\s+(?:the\s+|my\s+|that\s+)?${PLAN_PART}(?:\s+(?:bit|part|section|one|page|list|already|too|anyway|lol|haha\w*))*$`,
  'u',
);

/** Whether one sentence only says where something is in the plan. */
export function saysWhereItIs(sentence: string): boolean {
  const said = normaliseMessage(sentence);
  return said.split(' ').length <= 12 && WHERE.test(said);
}

/**
 * The answer without the sentences after it that only say where something is in the plan ("nah im
 * done. physio thing is in the help bit" gives "nah im done"); undefined when there is no such sentence
 * or nothing else is said.
 */
export function answerBesideWhereItIs(text: string): string | undefined {
  const sentences = text.trim().split(/(?<=[.!?])\s+|\s*[;,]\s+(?=\S)/).filter(Boolean);
  if (sentences.length < 2) return undefined;
  const kept = sentences.filter((s) => !saysWhereItIs(s.replace(/[.!?]+$/, '')));
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ') : undefined;
}
