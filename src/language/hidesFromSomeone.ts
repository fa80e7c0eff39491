import { normaliseMessage } from './text';

/**
 * "ye im ok he doesnt do anything to me. i just stay in my room when he starts": an "I'm OK" that
 * tells of keeping out of someone's way when they start, shout or drink. Hiding to stay safe is no
 * "Good.": the worry it answers is heard. Only when the hiding is from someone ("when he starts",
 * "till they stop"): "i just stay in my room alot its fine" is a teenager's evening.
 */
const HIDES =
  /\bi\s+(?:just\s+|always\s+|usually\s+|normally\s+|have\s+to\s+|gotta\s+|got\s+to\s+|tend\s+to\s+)?(?:stay|go|hide|lock\s+myself|keep|get|run|sit)\s+(?:in\s+|up\s+in\s+|to\s+|out\s+of\s+|under\s+|upstairs|out|away|quiet|inside\s+)?(?:my\s+(?:room|bedroom|wardrobe|bed)|the\s+(?:bathroom|garden|shed|way)|his\s+way|their\s+way|upstairs|out|away|quiet|hidden)?\s*(?:when|whenever|until|till|til|once|every\s+time)\s+(?:(?:hes|shes|theyre|he\s+is|she\s+is|they\s+are)\s+(?:drunk|angry|shouting|screaming|kicking\s+off|in\s+a\s+mood)|(?:he|she|they|it|dad|mum|my\s+(?:dad|mum|step\s*dad)|her\s+(?:boyfriend|partner))\s+(?:starts?|started|kicks?\s+off|gets?\s+(?:angry|drunk|mad|going|loud)|shouts?|screams?|yells?|drinks?|is\s+drunk|s\s+drunk|comes?\s+(?:home|in)|goes?\s+off|loses?\s+it|stops?|calms?\s+down))\b/;

/** Whether a reply tells of hiding or keeping out of someone's way when they start. */
export function tellsOfHidingFromSomeone(text: string): boolean {
  return text.length <= 2000 && HIDES.test(normaliseMessage(text));
}

/**
 * "yes im safe. hes at work", "im ok till he gets back": safe only because the person is away. That is no "safe" to
 * be glad about: how things are when they come back matters too. Said of "he", "she" or a partner by role.
 */
const AWAY_NOW =
  /\b(?:(he|she)\s+is|(he|she)s|(he|she)|my\s+(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fella|dad|mum|step\s*dad)(?:\s+is|s)?)\s+(?:at\s+(?:work|his\s+\w+|her\s+\w+|the\s+pub|his\s+mates|her\s+mates)|out|away|not\s+(?:here|home|in|back)|working|asleep|gone\s+out|on\s+shift)\b|\b(?:till|until|til|before)\s+(he|she)\s+(?:gets|comes|is)\s+(?:back|home|in)\b|\b(?:when|while|whilst|cos|because|as)\s+(?:(he|she)s|(he|she)\s+is|(he|she)\s+isnt|(he|she)\s+is\s+not)\s+(?:not\s+)?(?:here|home|in|around|out|away|at\s+work)\b/;

/** Who is away, when the reply says they are safe only because someone is away ("he", "she", or "they" when unsaid); undefined otherwise. */
export function safeOnlyWhileAway(text: string): 'he' | 'she' | 'they' | undefined {
  if (text.length > 500) return undefined;
  const found = AWAY_NOW.exec(normaliseMessage(text).replace(/['’]/g, ''));
  if (!found) return undefined;
  const who = found.slice(1).find((g) => g === 'he' || g === 'she');
  return who === 'he' || who === 'she' ? who : /\b(?:boyfriend|husband|fella|dad|step\s*dad)\b/.test(found[0]) ? 'he' : /\b(?:girlfriend|wife|mum)\b/.test(found[0]) ? 'she' : 'they';
}
