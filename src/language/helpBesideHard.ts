import { normaliseMessage } from './text';

/*
 * "he only has about 20 words and gets cross. what helps is the SALT lady who comes to nursery":
 * at "what makes this hard?", the hard thing and what already helps in one message. The help is
 * said last, led by "what helps is"; it is kept as help, never as part of the hard thing.
 */

/** "what helps is", "what helps him is", "the thing that helps is", "what works is": the lead before the help. */
const LEAD = /(?:^|[.!?;,]\s*|\s+(?:but|and|though|although)\s+)(?:(?:but|and|though)\s+)?(?:what\s+(?:really\s+|already\s+|does\s+)?(?:helps?|works?)(?:\s+(?:him|her|them|me|us|with\s+(?:it|that|this)))?(?:\s+(?:is|are|has\s+been|at\s+the\s+moment\s+is|right\s+now\s+is))?|the\s+(?:only\s+|main\s+)?thing(?:s)?\s+that\s+(?:helps?|works?)(?:\s+(?:him|her|them|me))?\s+(?:is|are)|helps?\s*:)\s+/i;

export interface HelpBesideHard {
  hard: string;
  help: string;
}

/** The hard thing and the help said after it; undefined when no help is led in after a hard thing. */
export function helpBesideHard(text: string): HelpBesideHard | undefined {
  if (text.length > 400) return undefined;
  const found = LEAD.exec(text);
  if (!found || found.index === 0) return undefined;
  const hard = text.slice(0, found.index).replace(/[\s,;:-]+$/, '').trim();
  const help = text.slice(found.index + found[0].length).replace(/[\s.!]+$/, '').trim();
  if (normaliseMessage(hard).split(' ').length < 2 || normaliseMessage(help) === '') return undefined;
  return { hard, help };
}
