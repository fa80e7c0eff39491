import { normaliseMessage } from './text';

/*
 * "i cut my finger chopping onions, it was an accident", typed right after the answer to self-harm: an everyday
 * injury, told with the accident said. Read on the WHOLE message, from its first word to its last, and only from
 * an allow-list: "i", a cut, burn or bump, a body part where everyday accidents happen (never a wrist, arm, leg or
 * thigh), what it was done on or doing, a time, and the accident said. Anything else ("on purpose", "again",
 * "myself", a person who did it, any word not listed) is read as ever.
 */

const HURT = '(?:cut|cutted|burnt|burned|scalded|grazed|scraped|bumped|banged|stubbed|trapped|caught|nicked|sliced|bashed|hurt)';
const PART = '(?:finger|fingers|thumb|hand|knee|knees|toe|toes|foot|head|lip|chin|elbow|ankle|nose|shin|forehead|knuckle|knuckles)';
/**
 * Everyday things people hurt themselves on, and only these: "with my blade", "on the lighter" is no kitchen
 * mishap, so a thing not listed is read as ever.
 */
const THING = '(?:knife|knives|scissors|paper|glass|tin|can|oven|kettle|iron|pan|stove|toaster|hob|grater|peeler|plate|mug|cup|door|table|drawer|tray|chair|step|steps|stairs|bed|wall|floor|fence|cupboard|gate|ball|bike)';
/** A word that may name the thing more closely: "the oven door", "a bread knife", "the car door". */
const KIND = '(?:car|oven|kitchen|bread|baking|hot|cupboard|front|back|bedroom|bathroom|garden|tin|sharp|broken)';
/** On a thing or doing an everyday task: "on a tin", "on the oven", "chopping onions", "playing football". */
const HOW = String.raw`(?:(?:on|with|in)\s+(?:a|an|the|my|our|some)\s+(?:${KIND}\s+)?${THING}|(?:when|while|whilst)?\s*(?:i\s+was\s+)?(?:chopping|cutting|peeling|slicing|cooking|baking|making|playing|opening|washing|shaving|gardening|tidying|climbing|running|riding)(?:\s+[a-z]+){0,2})`;
const WHEN = String.raw`(?:today|yesterday|earlier|last\s+night|last\s+week|this\s+morning|the\s+other\s+day|once)`;
const ACCIDENT = String.raw`(?:(?:just\s+|like\s+)?by\s+accident|accidentally|(?:it\s+was|its|it\s+is|that\s+was)\s+(?:just\s+)?(?:an\s+)?accident)`;
const EVERYDAY_INJURY = new RegExp(
  String.raw`^(?:(?:oh|um+|also|and|but|btw|oh\s+and)\s+)?i\s+(?:(?:accidentally|just)\s+)?${HURT}\s+my\s+(?:(?:left|right)\s+)?${PART}(?:\s+${HOW})?(?:\s+${WHEN})?(?:\s+${HOW})?(?:\s+(?:and\s+|but\s+)?${ACCIDENT})?(?:\s+${WHEN})?(?:\s+(?:lol|haha|thats\s+all|its\s+fine|im\s+fine))?$`,
);

/** "cutting myself accidentally", "with a razor", "on the lighter": words that take the message out of the allow-list. */
const SELF_HARM_WORDS = /\b(?:myself|meself|my\s+self|razors?|blades?|lighters?|compass(?:es)?|sharpeners?)\b/;

/** Whether the whole message is an everyday injury with the accident said. */
export function tellsOfEverydayInjury(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text).replace(/['’]/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  // What people hurt themselves with on purpose, anywhere in the message, is never an everyday accident.
  if (SELF_HARM_WORDS.test(said)) return false;
  // The accident must be said, before the hurt ("i accidentally trapped") or after it.
  return EVERYDAY_INJURY.test(said) && /\baccident(?:ally)?\b/.test(said);
}
