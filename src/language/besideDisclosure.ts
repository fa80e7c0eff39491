import { concernByRules, detectConcern } from './concern';
import { withoutControlAside } from './controlAside';

/*
 * A message that tells of harm is often an answer too, with the harm in a sentence of its own ("i
 * run out of time in exams. also my cousin gives me money to drop stuff off for him lol"), or in a
 * clause of its own ("people in my class call me names so i hate going in"). The answer may be
 * offered back for the plan; the harm goes to the safeguarding lead, never into the plan's words.
 */

const SENTENCES = /(?<=[.!?;])\s+|\n+/;
/**
 * Clauses joined by "but", "so" or "is why" often hold the harm on one side and the answer on the other.
 * "and" is not split on: "he comes in my room at night and touches me" is one telling.
 */
const CLAUSES = /\s*,?\s+\b(?:but|so|although|though|(?:is|are|was|thats|that's|which\s+is)\s+why)\b\s+/;
/** A shrug about the harm is no answer for the plan ("but its fine", "lol", "whatever"). */
const SHRUG =
  /^(?:(?:it|its|it's|thats|that's|that\s+is|i'?m|im|i\s+am)\s+(?:(?:all|really|totally|just|not|ok|okay|fine)\s+)*(?:fine|ok|okay|alright|whatever|nothing|annoying|normal|how\s+it\s+is|not\s+a\s+big\s+deal)|(?:no|not\s+a)\s+big\s+deal|whatever|idk|lol|lmao|haha|dont\s+worry|don't\s+worry|never\s*mind|nvm|i\s+dont\s+mind|i\s+don't\s+mind)$/;

/** "its not that bad", "its not so bad really": the harm played down. */
const NOT_THAT_BAD = /^(?:it|its|it's|thats|that's|he|hes|he's|she|shes|she's)\s+(?:is\s+)?not\s+(?:that|so|too|really)?\s*bad(?:\s+really)?$/;
/** "its whatever tho its not that bad": shrugs joined by "tho", "and" or "but", each a shrug. */
const shrugsOnly = (plain: string): boolean =>
  plain.split(/\s+(?:tho|though|and|but|anyway)\s+|\s+(?=(?:its|it's|thats|that's)\b)/).every((part) => SHRUG.test(part.replace(/\s+(?:tho|though|anyway|really|honestly|tbh)$/, '')) || NOT_THAT_BAD.test(part.replace(/\s+(?:tho|though|anyway|honestly|tbh)$/, '')));
/** "her boyfriend tbh": only who it is, named, with a filler; no answer for the plan. */
const ONLY_WHO =
  /^(?:(?:my|her|his|their|mums|dads|moms|mams)\s+)?(?:new\s+|step\s*)?(?:boyfriend|girlfriend|partner|husband|wife|fella|dad|mum|mam|mom|uncle|aunt|auntie|brother|sister|cousin|nan|grandad|lodger|bf|gf)(?:\s+(?:tbh|tbf|lol|honestly|really|i\s+guess|innit|mostly|obviously|ofc))*$/;

/** A piece that points back at the harm ("i dont want to go in cos of them") is part of its telling. */
const POINTS_BACK = /\b(?:cos|cause|coz|cuz|because)\s+of\s+(?:them|him|her|that|it|what\s+(?:they|he|she)\s+(?:do|does|did))\b/;

/**
 * "reading is hard and my brother hits me when i get it wrong": an answer, then "and" and someone new
 * doing something. Split there only when the part after "and" names who does it, and the part before
 * is not about another person ("he comes in my room at night and touches me" stays one telling).
 */
const AND_SOMEONE =
  /\s*,?\s+and\s+(?=(?:my|his|her|their|our|the|some|a|an|i|he|she|they|we|mum|mom|mam|dad|someone|somebody|people|everyone|nobody|no\s+one)\b)/i;
const ABOUT_SOMEONE_ELSE = /^(?:he|she|they|someone|somebody|people|a\s+(?:man|woman|boy|girl)|my\s+(?:mum|mom|mam|dad|step\s*\w+|brother|sister|uncle|aunt\w*|cousin|nan|gran\w*|grandad|boyfriend|girlfriend|partner)|(?:his|her|mums|dads)\s+\w+)\b/i;

function splitOnAndSomeone(clause: string): string[] {
  const parts = clause.split(AND_SOMEONE);
  return parts.length === 2 && words(parts[0]!) >= 3 && !ABOUT_SOMEONE_ELSE.test(parts[0]!.trim()) ? parts : [clause];
}

const words = (text: string): number => (text.match(/\p{L}+/gu) ?? []).length;

/** A piece of the message that is neither the harm nor a shrug, and says enough to be an answer. */
function isAnswerApart(piece: string): boolean {
  const plain = piece.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (words(plain) < 3 || SHRUG.test(plain) || shrugsOnly(plain) || ONLY_WHO.test(plain) || POINTS_BACK.test(plain)) return false;
  return !concernByRules(piece) && !detectConcern(piece).concern && !detectConcern(piece).unclear;
}

/**
 * The words of a message to offer back as its answer: the sentences, or the clauses after "but" or
 * "so", in which no harm is read. Undefined when nothing but the harm (or a shrug about it) is left:
 * then nothing of that message is offered for the plan.
 */
export function answerBesideDisclosure(text: string): string | undefined {
  // "work in a cafe though idk if liam will let me work": someone's leave beside the answer is the worry, never plan words.
  const asideless = withoutControlAside(text, true);
  if (asideless !== undefined) return words(asideless) >= 3 && !concernByRules(asideless) && !detectConcern(asideless).concern ? (answerBesideDisclosure(asideless) ?? asideless) : undefined;
  const pieces = text
    .split(SENTENCES)
    .flatMap((sentence) => sentence.split(CLAUSES))
    .flatMap(splitOnAndSomeone)
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}{2,}/u.test(piece));
  if (pieces.length < 2) return undefined;
  const kept = pieces.filter(isAnswerApart);
  return kept.length > 0 && kept.length < pieces.length ? kept.join('. ').replace(/\.\./g, '.').trim() : undefined;
}
