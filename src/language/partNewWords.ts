import { escapeRegExp } from './text';

/** Words that name a part without being in it: "the bit about", "the one where it says". */
const NAMING = /^(?:the|my|his|her|their|a|an|bit|part|one|line|thing|about|where|it|says|that|saying|which|with|for|on)\s+/i;
const ARTICLE = /^(?:a|an|the|my|his|her|some)\s/i;
/** New words this short are a part of the sentence ("loud bells"), not a whole new one. */
const MAX_PART_WORDS = 3;

/**
 * The part's new wording when a request named a bit of it: "the bit about noise ... should say
 * loud bells" turns "Noise in the classroom makes me upset" into "Loud bells in the classroom
 * makes me upset". Short parts ("a laptop"), and new words that are a sentence of their own,
 * are replaced whole. The result is read back before it is kept.
 */
export function withNewWords(text: string, target: string, to: string): string {
  let phrase = target.trim();
  while (NAMING.test(phrase)) phrase = phrase.replace(NAMING, '');
  phrase = phrase.replace(/\s+(?:one|bit|part|thing|line)$/i, '').trim();
  const length = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (!phrase || length(to) > MAX_PART_WORDS || length(text) < length(phrase) + 3) return to;
  const escaped = escapeRegExp(phrase).replace(/\s+/g, '\\s+');
  const found = new RegExp(`\\b(?:(a|an|the|my|his|her|some)\\s+)?${escaped}\\b`, 'i').exec(text);
  if (!found) return to;
  // "a laptop" -> "a tablet": the new words' own article replaces the old one.
  const start = found[1] && !ARTICLE.test(to) ? found.index + found[1].length + 1 : found.index;
  const changed = `${text.slice(0, start)}${to}${text.slice(found.index + found[0].length)}`;
  return start === 0 ? changed.charAt(0).toUpperCase() + changed.slice(1) : changed;
}
