import { concernByRules, detectConcern } from './concern';
import { namesHomeAdultBesideHarm, scaredWhenSomeoneRages, tellsOfDaysWithoutFood } from './homeAdultBesideHarm';

/*
 * "i hate maths i wish i was dead lol" at "what makes this hard?", then "I'm fine": the hard thing is maths.
 * Words about dying or hurting themselves are never plan words, so after "I'm OK" only the pieces that hold
 * no worry of their own are kept ("i hate maths"); with none left, the question is asked again.
 */

/**
 * Where one thought ends and the next begins in typed chat: punctuation, "and", "but", "so", laughter (never "so": "so hard"), and a
 * new "i wish / i want / i feel ..." run on without a stop ("i hate maths i wish i was dead").
 */
const PIECES =
  /\s*[.,!?;:\n]+\s*|\s+\b(?:and|but|lol|lmao|haha+|tbh|tho)\b\s*|\s+(?=\b(?:i|it|that|this)\s+(?:wish|want|wanna|just|feel|could|might|would|makes?|made|hope)\b)/i;

/** Laughter and filler said alone: no answer. */
const FILLER = /^(?:lol|lmao|haha+|tbh|tho|jk|ok|idk|\s)*$/i;

/** Read on its own, the piece holds a worry (a rule, a concern, or a doubt worth asking after). */
function holdsWorry(piece: string): boolean {
  if (concernByRules(piece)) return true;
  const read = detectConcern(piece);
  return read.concern || Boolean(read.unclear);
}

/** What the message says beside its worrying words, when some piece holds a worry and some does not; else undefined. */
export function hardThingBesideWorry(message: string): string | undefined {
  const pieces = message
    .split(PIECES)
    .map((p) => p?.trim() ?? '')
    .filter((p) => /\p{L}{2,}/u.test(p) && !FILLER.test(p));
  const calm = pieces.filter((p) => !holdsWorry(p));
  if (calm.length === 0 || calm.length === pieces.length) return undefined;
  const kept = calm.join(', ');
  return holdsWorry(kept) ? undefined : kept;
}

/** Words about dying or ending their life: never kept whole as a hard thing. */
const DEATH_WORDS = /\b(?:die|died|dying|dead|death|suicid\w*|(?:kill|hurt|harm|cut)\w*\s+my\s*self|end\s+(?:it\s+all|my\s+life))\b/i;

/**
 * The hard thing to keep after "I'm OK": the words beside the worry when it can be told apart, the whole message
 * when it holds no word of dying ("i just want to disappear when i get there"), else nothing (asked again).
 */
export function hardThingAfterOk(message: string): string | undefined {
  // Fear of someone at home, or days without food, is a worry asked after, never a hard thing for the plan: asked again.
  if (scaredWhenSomeoneRages(message) || tellsOfDaysWithoutFood(message) || namesHomeAdultBesideHarm(message)) return undefined;
  // A hard thing told with no word of dying or self-harm is kept whole ("everything is too much and i cant cope"): only
  // those words are ever taken out.
  if (!DEATH_WORDS.test(message)) return message;
  return hardThingBesideWorry(message);
}
