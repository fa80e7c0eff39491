import { couldBeAName } from './nameIsPerson';
import { normaliseMessage } from './text';

/*
 * "reece is 19 n he says i owe him for the vapes n lifts": the person a worry is about is often named only as the one
 * who does something ("reece says", "reece is 19"), not after "my mate". Those names are kept with the note so that a
 * hope about spending time with them later ("go out wiv reece", "stay at his on weekends") is never coached into a plan.
 */

/** Words that start a clause and are never the person a note is about. */
const NEVER_NOTED = new Set('everyone everybody nobody noone someone somebody anyone anybody people they he she it me mum dad nan they'.split(' '));
const DOES = String.raw`(?:is|was|says|said|sez|wants|wanted|makes|made|gives|gave|gets|got|told|tells|asks|asked|keeps|kept|buys|bought|sends|sent|takes|took|picks|drives|collects|collected|spends|spent|uses|used|holds|held|controls|controlled)`;
const SUBJECT = new RegExp(String.raw`(?:^|[.!?,;]\s*|\b(?:and|n|but|cos|coz|so)\s+)([a-z]{2,20})\s+${DOES}\b`, 'g');

/** The names a message gives as the one doing something: "reece is 19 n he says ..." gives reece. */
export function namesAsSubject(text: string): string[] {
  if (text.length > 2_000) return [];
  const said = normaliseMessage(text).replace(/['’]/g, '');
  const names = new Set<string>();
  for (const m of said.matchAll(SUBJECT)) if (!NEVER_NOTED.has(m[1]!) && couldBeAName(m[1]!)) names.add(m[1]!);
  return [...names].slice(0, 5);
}

/** Wanting less of them is a hope to keep: "stop seeing reece", "not be with him", "get away from him". */
const LESS = /\b(?:dont|do\s+not|not|never|stop|stopping|no\s+more|away\s+from|less|without\s+(?:him|his)|break\s+up|leave\s+me\s+alone)\b/;

/** Spending time with someone, where P stands for who: "go out wiv P", "stay at Ps", "see P", "me n P". */
function timeWith(p: string): RegExp {
  return new RegExp(
    String.raw`\b(?:(?:with|wiv|wid|wit)\s+${p}\b|(?:at|round|to|in)\s+(?:${p}s|his)(?:\s+(?:house|flat|place|car|room))?\b|(?:see|seeing|meet|meeting|visit|visiting|date|dating|live\s+with|move\s+in\s+with)\s+${p}\b|(?:me|i)\s+(?:and|n|&)\s+${p}\b|${p}\s+(?:and|n|&)\s+(?:me|i)\b)`,
  );
}

/**
 * Whether the answer is a hope to spend time with a person a note is about: one of `names`, or "him"/"his" when
 * `pronounIsThem` (the hope being talked about names them). Wanting less of them is never read so.
 */
export function isTimeWithNoted(text: string, names: readonly string[], pronounIsThem: boolean): boolean {
  if (text.length > 400) return false;
  const said = normaliseMessage(text).replace(/['’]/g, '');
  if (LESS.test(said)) return false;
  const who = names.map((n) => n.toLowerCase().replace(/[^a-z-]/g, '')).filter((n) => n.length >= 2);
  if (pronounIsThem) who.push('him');
  if (who.length === 0) return false;
  const p = `(?:${who.join('|')})`;
  // "stay at his" names the person only by "his": that counts only when the hope is about them.
  if (!pronounIsThem && !new RegExp(String.raw`\b${p}s?\b`).test(said)) return false;
  return timeWith(p).test(said);
}

/** Whether the words name one of `names` ("go out wiv reece"). */
export function namesOneOf(text: string, names: readonly string[]): boolean {
  const said = normaliseMessage(text).replace(/['’]/g, '');
  return names.some((n) => new RegExp(String.raw`\b${n.toLowerCase().replace(/[^a-z-]/g, '')}s?\b`).test(said));
}
