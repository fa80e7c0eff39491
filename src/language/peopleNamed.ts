import { tagsOf } from './verbFirst';

/*
 * "go to the cinema with my mate jake", "my mum sarah helps me": the name gets its capital in the
 * tidied wording and in the needs and help kept, as the child's own name and the months do ("my
 * mate Jake"). A word is taken as a name only where
 * the words before it say a person is named ("my mate", "my brother", "called"), and only when the
 * dictionary knows it as a name and as nothing else but a thing ("jay", "max"). "my mate too",
 * "my brother helps", "my friends house", "my cousin mark" (a word as well) stay as typed.
 */

/** Who a young person names: friends, family, the adults around them. */
const PERSON =
  '(?:(?:my|his|her|our|their)\\s+(?:(?:best|little|big|older|younger|twin|step|half|new|old)\\s+)*(?:mate|mates|friend|friends|pal|pals|buddy|bestie|bff|boyfriend|girlfriend|partner|brother|brothers|sister|sisters|bro|cousin|cousins|neighbour|uncle|auntie|aunty|aunt|nan|nana|gran|grandad|grandpa|grandma|stepdad|stepmum|mum|mom|mam|mummy|dad|daddy|mother|father|carer|foster\\s+carer|teacher|key\\s*worker|support\\s+worker|tutor)|called|named)';
const NAMED = new RegExp(`\\b${PERSON}\\s+([a-z]{2,})\\b((?:\\s*(?:,|&|\\band\\b)\\s*[a-z]{2,}\\b)*)`, 'gi');

function titled(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** "hes my best mate he says", "her mum is kind": a pronoun, a verb or a joining word after a person is never their name. */
const PRONOUNS_AND_LINKS: readonly string[] = ['he', 'she', 'they', 'him', 'her', 'them', 'hes', 'shes', 'theyre', 'it', 'its', 'i', 'im', 'me', 'we', 'us', 'you', 'u', 'ur',
    'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have', 'says', 'said', 'does', 'did', 'do', 'can', 'will', 'would', 'and', 'but', 'or', 'so',
    'who', 'that', 'this', 'the', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'lol', 'always', 'never', 'just', 'helps', 'gets'];

/** Everyday words the dictionary knows only as a thing or a name, said straight after a person: "my dad cos he ...", "my mum first". */
const NEVER_A_NAME = new Set(['cos', 'coz', 'cuz', 'first', 'too', 'then', 'now', 'again', 'also', ...PRONOUNS_AND_LINKS]);

/** The dictionary knows it as a name ("Jake"), and in lower case as no word, or only as a thing ("jay"). */
export function isAName(word: string): boolean {
  if (word !== word.toLowerCase() || NEVER_A_NAME.has(word)) return false;
  const asName = tagsOf(titled(word));
  if (!asName?.includes('NNP')) return false;
  const asWord = tagsOf(word);
  return asWord === undefined || (asWord.length === 1 && asWord[0] === 'NN');
}

/** The names (lower case) of people a message names after "my cousin", "my mate", "called": "my cousin zain ..." gives zain. */
export function namesOfPeople(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.toLowerCase().matchAll(NAMED)) {
    for (const word of [m[1]!, ...(m[2] ?? '').split(/\s*(?:,|&|\band\b)\s*/)]) if (word && !NEVER_A_NAME.has(word)) names.add(word);
  }
  return [...names].slice(0, 10);
}

/** The text with the names of people it names in lower case given their capital, wherever they stand. */
export function withPeopleNamedCapitalised(text: string): string {
  const names = new Set<string>();
  for (const m of text.matchAll(NAMED)) {
    if (!isAName(m[1]!)) continue;
    names.add(m[1]!);
    // "my mates jay and sam": the names listed after it too.
    for (const more of (m[2] ?? '').split(/\s*(?:,|&|\band\b)\s*/)) if (more && isAName(more)) names.add(more);
  }
  if (names.size === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}'’-])(${[...names].join('|')})(?![\\p{L}'’-])`, 'gu');
  return text.replace(pattern, (word) => titled(word));
}
