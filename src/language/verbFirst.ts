import { readOnce } from './recentReadings';
import { readFileSync } from 'node:fs';
import { isCloseTo } from './fuzzy';
import { ACTIVITY_VERBS } from './supportWords';

/*
 * Whether an outcome's words start with something the person will do. "I will gardn centr" and
 * "I will paid job at the shop" are not sentences anyone would sign: they have no verb. A verb is
 * added only when it is certain (the hope says "work at a garden centre" and the step names that
 * garden centre); otherwise the bot asks them to say it as "I will ...".
 */

let tags: Record<string, string[]> | undefined;

/** The part-of-speech tags an English word can take (natural's lexicon), loaded on first use. */
export function tagsOf(word: string): string[] | undefined {
  if (!tags) {
    const file = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
    tags = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  }
  const found = Object.prototype.hasOwnProperty.call(tags, word) ? tags[word] : undefined;
  return Array.isArray(found) ? found : undefined;
}

/** Words that may follow a verb (not a noun made of two nouns): "travel to", "ride a", "tidy my". */
const AFTER_A_VERB = /^(?:to|a|an|the|my|his|her|their|our|your|some|on|in|at|with|by|for|from|up|out|off|down|into|onto|around|about|more|it|them|him|me|myself|himself|herself|themselves|own|every|each|one|two|three|new|friends?|food|words?|signs?|tea|lunch|dinner|breakfast|money|things?)$/i;

/** Things named "work ...": "work experience", "work placement", "work trial". */
const WORK_THING = ['experience', 'placement', 'placements', 'trial', 'trials', 'taster'];

/** Verbs of wanting, never the step's own verb. */
const WISHING = new Set(['want', 'wants', 'like', 'love', 'hope', 'wish', 'would', 'could', 'to', 'be', 'have']);

export type VerbReading = 'verb' | 'notAVerb' | 'unknown';

/**
 * How the first words of a step read: "travel to college" starts with a verb; "paid job", "job at
 * the shop" and "garden centre" do not; "gardn centr" is not known either way.
 */
export const readFirstWord = readOnce(readFirstWordAfresh);
function readFirstWordAfresh(step: string): VerbReading {
  const words = step.trim().toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  const [first, next] = words;
  if (!first) return 'notAVerb';
  // "work experiens stack shelfs": work experience is a thing, though its first word is a verb.
  if (first === 'work' && next !== undefined && WORK_THING.some((thing) => next === thing || (next.length >= 6 && isCloseTo(next, thing)))) return 'notAVerb';
  if (ACTIVITY_VERBS.has(first)) return 'verb';
  const known = tagsOf(first);
  // "trvel to colege": a word not known, before "to": a verb misspelt. "gardn centr": no verb in sight.
  if (!known) return !next ? 'unknown' : AFTER_A_VERB.test(next) ? 'verb' : 'notAVerb';
  const canBeVerb = known.some((t) => t === 'VB' || t.startsWith('VB|'));
  if (!canBeVerb) return 'notAVerb';
  // "garden centre": a word that can be a verb, used as a noun before another noun.
  // "stack shelves", "water plants", "stack shelfs": before several things it is what is done to them.
  const usuallyVerb = (known[0] ?? '').startsWith('VB');
  return usuallyVerb || !next || AFTER_A_VERB.test(next) || doneToThings(first, next) ? 'verb' : 'notAVerb';
}

/** "stack shelves": a word that can be a verb, before a word for several things, is what is done to them. */
export function doneToThings(first: string, next: string | undefined): boolean {
  return next !== undefined && Boolean(tagsOf(first)?.some((t) => t === 'VB' || t.startsWith('VB|'))) && isPluralThing(next);
}

/** A word for several things: "shelves", "plants", and a plural spelt as it sounds ("shelfs", "trolleys"). */
export function isPluralThing(word: string): boolean {
  const known = tagsOf(word);
  if (known) return known[0] === 'NNS';
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  const one = word.slice(0, -1);
  return [one, one.replace(/ie$/, 'y'), one.replace(/e$/, '')].some((stem) => tagsOf(stem)?.[0] === 'NN');
}

/**
 * The step with the hope's verb in front, when the hope names the same thing with a verb before it:
 * hope "work at a garden centre", step "gardn centr" becomes "work at a garden centre". Undefined
 * when the hope does not say it (no verb is guessed).
 */
export function withVerbFromHope(step: string, hope: string): string | undefined {
  const stepWords = step.trim().toLowerCase().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  const hopeWords = hope.trim().replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter(Boolean);
  const lowered = hopeWords.map((w) => w.toLowerCase());
  if (stepWords.length === 0 || stepWords.length > 6) return undefined;
  // Where in the hope the step's words are, each word as typed or one slip away.
  const same = (typed: string, word: string | undefined) => word !== undefined && (typed === word || (typed.length >= 4 && isCloseTo(typed, word)));
  for (let start = 1; start + stepWords.length <= lowered.length; start++) {
    if (!stepWords.every((w, i) => same(w, lowered[start + i]))) continue;
    // The hope's own words, from its verb to the end of the matched part.
    // The verb nearest before it: "I want to work at a garden centre" gives "work at a garden centre".
    let verbAt = -1;
    for (let i = start - 1; i >= 0 && verbAt < 0; i--) if (!WISHING.has(lowered[i]!) && readFirstWord(lowered.slice(i).join(' ')) === 'verb') verbAt = i;
    if (verbAt < 0) return undefined;
    return hopeWords.slice(verbAt, start + stepWords.length).join(' ');
  }
  return undefined;
}
