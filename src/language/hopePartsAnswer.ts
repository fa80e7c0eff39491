import { normaliseMessage } from './text';
import { readYesNo } from './yesNoAnswer';

/*
 * The answer to "That hope has 1 thing that makes it hard and 1 outcome. Take them out too?":
 * everything goes, only the hope goes (the rest is kept), or nothing changes. A bare "no" changes
 * nothing, so an answer read the wrong way never loses a part of the plan.
 */

export type HopePartsAnswer = 'all' | 'hopeOnly' | 'none';

/** "just the hope", "keep them", "only the dream": the hope goes, what went with it stays. */
const HOPE_ONLY = /\b(?:just|only) (?:the |that |my )?(?:hope|dream|wish)\b|\bkeep (?:them|those|the rest|the others|the other (?:bits|parts|things)|the hard things|the outcomes?|the goals?)\b|\bleave (?:them|those|the rest|the others)\b/;
/** "leave the hope", "no keep it", "take nothing out": nothing changes. */
const NOTHING = /\b(?:leave|keep) (?:the |that |my )?(?:hope|dream|wish)\b|\b(?:keep|leave) it\b|\btake nothing out\b|\bdont take (?:it|anything|the hope) out\b|\bnothing\b/;
/** "yes all of it", "take them all out", "the lot": everything goes. */
const ALL = /\ball\b|\beverything\b|\bthe lot\b|\bboth\b|\bthem too\b|\bthose too\b/;

export function readHopeParts(text: string): HopePartsAnswer | undefined {
  const plain = normaliseMessage(text);
  if (HOPE_ONLY.test(plain)) return 'hopeOnly';
  if (NOTHING.test(plain)) return 'none';
  if (ALL.test(plain)) return 'all';
  const answer = readYesNo(text);
  if (answer === 'yes') return 'all';
  if (answer === 'no') return 'none';
  return undefined;
}
