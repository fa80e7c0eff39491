import { cuesOf } from './concernCues';
import { roleFeatures } from './concernRoles';
import { readWord, type WordReading } from './wordReading';
import { CUE_NAMES, CUE_PAIRS, GROUP_PAIRS, JoinedNames, STEM_PAIRS } from './featureNames';

/** "#rule:neglect": the rule families' names, made once. */
const RULE_NAMES = new JoinedNames(':');

/**
 * Features for the concern classifier: stems and stem pairs of the normalised message (idioms
 * already set aside), the cue families present (concernCues.ts) and each pair of them, and which
 * rule families matched, and who does what to whom (concernRoles.ts). The same function runs in
 * training and at run time.
 */

const KEEP_SHORT = new Set(['me', 'my', 'i', 'us', 'he', 'she', 'it', 'no', 'up', 'on', 'in', 'at', 'to', 'ex', 'bf', 'gf']);

/** Role features on (CONCERN_ROLES=0 turns them off, to compare in training). */
const ROLES = process.env.CONCERN_ROLES !== '0';
/** Word-group features (wordClusters.ts): 0 off, 1 each word's group, 2 also adjacent pairs of groups. */
const CLUSTERS = Number(process.env.CONCERN_CLUSTERS ?? 2);

export function concernFeatures(cleared: string, ruleFamilies: readonly string[] = [], cues: readonly string[] = cuesOf(cleared)): string[] {
  const words = cleared.split(' ');
  const tokens = words.filter((t) => t && t !== '~' && (t.length > 2 || KEEP_SHORT.has(t)));
  const infos = tokens.map(readWord);
  const stemmed = infos.map((info) => info.stem);
  const out = new Set<string>(stemmed);
  for (let i = 0; i + 1 < stemmed.length; i++) out.add(STEM_PAIRS.of(stemmed[i]!, stemmed[i + 1]!));
  for (const cue of cues) out.add(CUE_NAMES.of('', cue));
  for (let i = 0; i < cues.length; i++) for (let j = i + 1; j < cues.length; j++) out.add(CUE_PAIRS.of(CUE_NAMES.of('', cues[i]!), cues[j]!));
  for (const family of ruleFamilies) out.add(RULE_NAMES.of('#rule', family));
  if (ROLES) roleFeatures(words, out);
  if (CLUSTERS > 0) clusterFeatures(infos, out);
  if (tokens.length <= 3) out.add('#short');
  return [...out];
}

/**
 * Each word's group of words used alike ("~c12"), and, for pairs, the groups of neighbouring
 * words ("~c12_~c40"): "nan never feeds me" then shares weights with "grandma never cooks for me".
 */
function clusterFeatures(infos: readonly WordReading[], out: Set<string>): void {
  let previous: string | null = null;
  for (const { group } of infos) {
    if (group) out.add(group);
    if (CLUSTERS > 1 && group && previous) out.add(GROUP_PAIRS.of(previous, group));
    previous = group;
  }
}
