import { doneToThings } from './verbFirst';

/*
 * "yes, toilet please. is big thing for us", "yeah money", "ok school": after "another outcome?",
 * a thing to work on named in a word or two, with no step in it. It says what the next outcome is
 * about, so the step is asked for; the words are never made into "Maisie will toilet please".
 */

/** Words around a topic that add nothing to it. */
const POLITE = /\b(?:please|pls|plz|thanks|thank\s+you|ty|ok|okay|then|now|too|also|next|one|maybe|i\s+think|lol)\b/gi;

/** Verbs a step starts with, in the plain form people type after "yes,". */
const STEP_VERB =
  /^(?:to\s+)?(?:go|goes|going|get|gets|make|learn|do|be|have|use|using|read|write|swim|ride|cook|walk|talk|say|speak|sign|play|join|take|try|eat|dress|sleep|sit|stay|travel|catch|find|buy|pay|count|tell|ask|wash|brush|tie|put|keep|start|stop|finish|pass|work|help|visit|meet|call|text|phone|drive|cross|shop|choose|feel|manage|follow|listen|wait|share|tidy|clean|look|see|sing|dance|draw|paint|run|jump|climb|kick|throw|open|move|carry|wear|drink|feed|build|fix|save|plan|book|apply|finish|volunteer|attend|complete|practise|practice|improve|become|able)\b/i;

const MAX_TOPIC_WORDS = 2;

/** The topic named, when the first sentence is only a word or two and no step; null otherwise. */
export function topicOnly(text: string): string | null {
  // "The toilet, he is scared to go at school": a topic may be followed by a comma and why it matters.
  const first = text.split(/[.!?;:\n]+|,\s+|\s+[-–—]\s+/)[0]?.trim() ?? '';
  if (!first || /\b(?:will|can|could|would|should|able)\b/i.test(first)) return null;
  const words = first
    .replace(POLITE, ' ')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_TOPIC_WORDS) return null;
  const topic = words.join(' ');
  // "stack shelfs", "water plants": something done to things is a step, not a topic.
  return STEP_VERB.test(topic) || doneToThings(words[0]!.toLowerCase(), words[1]?.toLowerCase()) ? null : topic;
}
