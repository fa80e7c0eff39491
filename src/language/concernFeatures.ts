import { cuesOf } from './concernCues';
import { stem } from './features';

/**
 * Features for the concern classifier: stems and stem pairs of the normalised message (idioms
 * already set aside), the cue families present (concernCues.ts) and each pair of them, and which
 * rule families matched. The same function runs in training and at run time.
 */

const KEEP_SHORT = new Set(['me', 'my', 'i', 'us', 'he', 'she', 'it', 'no', 'up', 'on', 'in', 'at', 'to', 'ex', 'bf', 'gf']);

export function concernFeatures(cleared: string, ruleFamilies: readonly string[] = []): string[] {
  const tokens = cleared.split(' ').filter((t) => t && t !== '~' && (t.length > 2 || KEEP_SHORT.has(t)));
  const stems = tokens.map((t) => stem(t));
  const out = new Set<string>(stems);
  for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]}_${stems[i + 1]}`);
  const cues = cuesOf(cleared);
  for (const cue of cues) out.add(`#${cue}`);
  for (let i = 0; i < cues.length; i++) for (let j = i + 1; j < cues.length; j++) out.add(`#${cues[i]}+${cues[j]}`);
  for (const family of ruleFamilies) out.add(`#rule:${family}`);
  if (tokens.length <= 3) out.add('#short');
  return [...out];
}
