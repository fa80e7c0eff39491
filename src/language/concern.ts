import type { Concern, ConcernCategory } from './concernCategories';
import { CONCERN_CATEGORIES } from './concernCategories';
import { DENIED_HARM } from './concernIdioms';
import { gentleSignKind, tellsOfGentleSign } from './gentleSigns';
import { concernText } from './concernText';
import { byWhom } from './concernByWhom';
import { loadConcernModel, type ConcernThresholds } from './model';
import { readOnce } from './recentReadings';
import { clearedConcernText, matchRules } from './concernRuleMatch';
import { readConcern, type ConcernReading } from './concernReading';
import { namedAdultDoesToThem } from './someoneDoesToThem';
import { saysOnlyDisliked } from './concernSelfHate';
import { tellsOfSiblingTakingThings } from './siblingTakesThings';
import { SEX_PRESSURED } from './concernRules/pressuredAndPushed';
import { DESPAIR, FEAR_AT_HOME, GENTLE_FLOOR, INJURY_TOLD, WORRY, WORRY_FOR_SOMEONE_AT_HOME } from './concernWorryWords';

export { CONCERN_CATEGORIES, type Concern, type ConcernCategory } from './concernCategories';
export { concernText, typoOf } from './concernText';
export { clearedConcernText, matchRules, rulePatternsByFamily } from './concernRuleMatch';
export { isCountered, readConcern, type ConcernReading } from './concernReading';

/** A threat's condition that is telling anyone ("if i told", "if i ever say anything"). */
const THREAT_TO_KEEP_QUIET = /\bif\s+i\s+(?:ever\s+)?(?:tell|tells|told|say|said|speak|talk|snitch|grass)\b/;
const NONE: Concern = Object.freeze({ concern: false, category: null });
const UNCLEAR: Concern = Object.freeze({ concern: false, category: null, unclear: true });
/** Without a trained model only the rules flag. */
const NO_MODEL: ConcernThresholds = { flag: 1.01, check: 1.01, sure: 1.01, unclear: 1.01, veto: -1, counterVeto: -1 };

/*
 * With no rule behind it, the classifier never interrupts a chat with the full answer: in typed
 * conversations, plan answers ("less screaming and hand biting", "the main road. mum says its not
 * safe", "TA help less and less every week") reached 0.99, and a wrong crisis answer costs a young
 * person's or a parent's trust. The gentle check comes first; a "not really" still flags.
 */

/**
 * Whether a message may be a disclosure of harm, and of which kind. Tolerant of misspellings,
 * text-speak and starred-out words; ordinary idioms ("this homework is killing me") are set aside
 * first, but anything alarming beside them still counts. Two readers agree or overrule each other:
 * the rules (concernRules/, one file per family), and a classifier trained on words, cue families
 * and the rules' verdicts (concernFeatures). A rule flags unless the classifier is all but sure
 * it is ordinary talk (a firm rule, whatever the classifier makes of it), or, when the message also reads as a lesson, a wish to help, a joke or an
 * accident, unless the classifier doubts it (below counterVeto); the classifier flags on its own
 * above the threshold fixed in training, but only a rule makes it "sure". Below the flag, a
 * message it still finds worrying is "unclear". The chat answers a sure disclosure at once, and
 * checks gently first on the rest (see Concern).
 */
export function detectConcern(text: string): Concern {
  if (typeof text !== 'string' || text.trim().length < 2) return NONE;
  return { ...concernAndReading(text).concern };
}

/**
 * The verdict and the reading behind it, the message read once (the corpus verdicts check both). One message is
 * read more than once in a turn (the disclosure check, the question's own reader, then its answer's analysis): the
 * reading is kept with the turn's other readings (readOnce), and forgotten with them, and when the model is swapped.
 */
export function detectConcernWithReading(text: string): { concern: Concern; reading: ConcernReading } {
  const { concern, reading } = concernAndReading(text);
  return { concern: { ...concern }, reading };
}

const concernAndReading = readOnce((text: string): { concern: Concern; reading: ConcernReading } => {
  const reading = readConcern(text);
  return { concern: text.trim().length < 2 ? NONE : concernOf(text, reading), reading };
});

/** Harm done to the one speaking ("hits me", "he hurts me"), not to the parent ("pushed her into the door"). */
const HARMS_ME = /\b(?:hits?|hitting|hurts?|hurting|kicks?|kicked|kicking|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|beats?|beating|push(?:es|ed|ing)?|smack(?:s|ed|ing)?|chok(?:es|ed|ing)|burn(?:s|ed|t)?|bit(?:es|e)?|strangl\w*|thr(?:ows|ew)\s+(?:stuff|things)\s+at)\s+me\b/;

/**
 * "i dont want to kill myself", the whole message and nothing else: a plain denial with no other sign is no
 * disclosure, but words of dying were typed, so it is asked after gently, never answered in full. Anchored at both
 * ends: "... anymore", "... but sometimes i think about it" and anything else beside it are read as ever.
 */
const PLAIN_DENIAL_OF_SUICIDE = /^\s*i\s+(?:dont|do\s+not|don\s+t)\s+want\s+to\s+(?:kill\s+myself|die|end\s+my\s+life|hurt\s+myself)\s*$/;

const FRUSTRATION = '(?:frustrat\\w*|annoy\\w*|fed\\s+up|bored|boring|irritat\\w*|fuming|sick\\s+of\\s+(?:it|this|everything))';
const ABOUT = '(?:\\s+(?:with|of|by|at)\\s+(?:the\\s+|this\\s+|these\\s+)?(?:bot|chat|questions?|paperwork|forms?|school|college|it|all\\s+this|this|everything))?';
/**
 * Self-harm denied beside frustration, and nothing else: "its frustrating not like I want to hurt myself or anything. I'm
 * just fed up with the bot". Anchored at both ends, so anything told after the denial ("... i already did last night",
 * "... well maybe i do") is read as ever; like the plain denial it is asked after gently, never answered in full.
 */
const FRUSTRATED_DENIAL = new RegExp(
  `^\\s*(?:(?:its|it\\s+is|im|i\\s+am|this\\s+is)\\s+(?:so\\s+|just\\s+|really\\s+)?${FRUSTRATION}${ABOUT}\\s+)?(?:its\\s+)?not\\s+(?:like|that)\\s+(?:i|id|i\\s+would|im|i\\s+am)\\s+(?:(?:want|wanna|going|gonna|trying)\\s+(?:to\\s+)?)?(?:hurt|harm|kill)\\s+myself(?:\\s+or\\s+(?:anything|something))?(?:\\s+(?:(?:im|i\\s+am|its|it\\s+is)\\s+)?(?:(?:just|so|really)\\s+){0,2}${FRUSTRATION}${ABOUT})?\\s*$`,
);
const FRUSTRATION_SAID = new RegExp(`\\b${FRUSTRATION}`);

/** A denial of wanting to die or to hurt oneself, the whole message (alone, or beside frustration): a gentle check, never the full answer. */
export function onlyDeniesSuicide(text: string): boolean {
  const said = concernText(text);
  return PLAIN_DENIAL_OF_SUICIDE.test(said) || (FRUSTRATED_DENIAL.test(said) && FRUSTRATION_SAID.test(said));
}

/** Someone at home or an adult other than a partner. */
const ANOTHER_ADULT =
  /\b(?:dads?|daddy|mums?|mams?|moms?|mummy|step\s*dad|step\s*mum|stepdad|stepmum|parents?|uncle|aunt|auntie|aunty|grandad|grandpa|grandma|granny|nan|gran|carers?|foster\s+\w+|teachers?|coach|staff|brother|sister|cousin|neighbour|landlord|boss)\b/;

/**
 * What sex pressed on them is read as beside the rest. Alone, or beside words of harm that are its own ("she pushed me
 * into doing stuff in bed"), sexual abuse. But it never outweighs self-harm or suicide told beside it ("he pressured me
 * into sex and now i want to kill myself"), nor harm to them told apart from it ("my stepdad hits me. my bf pressured
 * me into sex"): the rest of the message, the pressure's own words taken out, is read as it would be without them.
 */
function withPressure(reading: ConcernReading, chosen: ConcernCategory): ConcernCategory {
  const apart = SEX_PRESSURED.reduce((left, rule) => left.replace(new RegExp(rule.re.source, 'g'), ' ~ '), reading.cleared);
  const rest = matchRules(apart);
  if (rest.categories.includes('self_harm_or_suicide')) return 'self_harm_or_suicide';
  // Harm apart is told of someone else at home or an adult ("my dad beats me"); "he pushed me onto the bed and i said no
  // but he kept going" is the same act as the pressure.
  if (!HARMS_ME.test(apart) || !ANOTHER_ADULT.test(apart)) return 'sexual_abuse';
  if (rest.categories.includes('harm_from_others')) return 'harm_from_others';
  return rest.categories.includes('domestic_abuse') ? 'domestic_abuse' : chosen === 'sexual_abuse' ? 'sexual_abuse' : chosen;
}

/** Kinds graver than nights away with older ones who give them things: never hidden behind it. */
const GRAVER_THAN_AWAY: ReadonlySet<ConcernCategory> = new Set(['self_harm_or_suicide', 'sexual_abuse', 'harm_from_others', 'domestic_abuse']);

/** The graver kind beside "away with older ones, given things": the first rule's, else the classifier's when it flags. */
function graverThanAway(reading: ConcernReading): ConcernCategory | undefined {
  if (reading.rule && GRAVER_THAN_AWAY.has(reading.rule)) return reading.rule;
  const flags = (loadConcernModel()?.thresholds ?? NO_MODEL).flag;
  return reading.modelCategory && GRAVER_THAN_AWAY.has(reading.modelCategory) && reading.probability >= flags ? reading.modelCategory : undefined;
}

function concernOf(text: string, reading: ConcernReading): Concern {
  if (onlyDeniesSuicide(text)) return { ...UNCLEAR, likely: 'self_harm_or_suicide' };
  const thresholds = loadConcernModel()?.thresholds ?? NO_MODEL;
  if (reading.rule && reading.probability >= (reading.countered ? thresholds.counterVeto : reading.firm ? 0 : thresholds.veto)) {
    // Rules of several kinds matched ("mum kicked me out and i sleep on the street"): the classifier,
    // reading the whole message, chooses among them.
    // Harm threatened or done to make someone sell, carry or pay is exploitation, whatever else it is.
    // A family member or carer threatening harm to keep a secret ("my uncle said hed kill me if i told") is harm at home.
    let chosen =
      reading.ruleCategories.includes('exploitation') &&
      (reading.modelCategory === 'harm_from_others' || reading.modelCategory === 'bullying') &&
      !(reading.families.includes('threatsAtHome') && THREAT_TO_KEEP_QUIET.test(reading.cleared))
        ? 'exploitation'
        : reading.modelCategory && (reading.ruleCategories.includes(reading.modelCategory) || placeOnlyHurt(reading))
          ? reading.modelCategory
          : reading.rule;
    // "i stay out all night with the older lads, they give me stuff ... my dad beats me": nights away with older ones who
    // give them things fills a gap only; a graver kind read beside it, by a rule or the classifier, is what is answered.
    if (reading.families.includes('awayWithOlderGiven')) chosen = graverThanAway(reading) ?? chosen;
    // A partner's control of a parent told beside harm to the young person ("mums boyfriend checks her phone and
    // hits me"): the harm to them is what is answered.
    // Sex pressed on them ("she pushed me into doing stuff in bed") is sexual abuse, whatever push or harm the words also read,
    // but never over wanting to die or self-harm told beside it, nor over harm to them told apart from the pressure.
    const pressed = reading.families.includes('sexPressured') ? withPressure(reading, chosen) : chosen;
    const kind = pressed === 'domestic_abuse' && reading.families.includes('parentControlled') && reading.ruleCategories.includes('harm_from_others') && HARMS_ME.test(reading.cleared) ? 'harm_from_others' : pressed;
    // "they hate me", the whole message: a rule reads bullying, but nothing done is told, so it is asked after gently.
    // "i lock my door cos my brother nicks my stuff", the whole message: a squabble at home, asked after gently at most.
    const sure = (!reading.countered || reading.probability >= thresholds.sure) && !(kind === 'bullying' && saysOnlyDisliked(text)) && !tellsOfSiblingTakingThings(text);
    return { concern: true, category: byWhom(kind, reading.cleared), sure };
  }
  // A disclosure inside a long answer about needs ("money is hard... my dad's partner takes my card and I
  // don't get it back for weeks... and I don't know how to find a shared house"): the classifier reads the
  // whole answer as plan talk, so the sentence the rule found is read again on its own.
  // Only where nothing in the whole answer says it is a joke, a lesson, an accident or a wish to help.
  if (reading.rule && !reading.countered) {
    const buried = buriedDisclosure(text);
    if (buried) return buried;
  }
  // "the man on the bus puts his hand on my knee", "the man next door waits for me after school": a named adult doing
  // what no plan answer asks for, at any question (someoneDoesToThem.ts), whatever the classifier makes of it.
  const named = reading.rule || reading.countered ? undefined : namedAdultDoesToThem(text);
  // The classifier, when it flags too, says which kind ("a man gives me money to take bags" is exploitation).
  if (named) return { concern: true, category: reading.probability >= thresholds.flag && reading.modelCategory ? byWhom(reading.modelCategory, reading.cleared) : named, sure: true };
  // "ugh no im not being bullied. they ask me a question in front of every1": harm denied, and no rule
  // behind the rest. The classifier still reads the words of harm around it, so it alone does not interrupt.
  const denied = reading.probability >= Math.min(thresholds.flag, thresholds.unclear, GENTLE_FLOOR) && DENIED_HARM.test(concernText(text));
  if (reading.probability >= thresholds.flag && reading.modelCategory) {
    const category = byWhom(reading.modelCategory, reading.cleared);
    // A lesson, a joke, an accident or a goal done on one's own by a time ("cook my own tea on my
    // own in a year") around it: still a possible concern, but the classifier alone does not interrupt.
    const checks = (reading.probability >= (thresholds.check ?? thresholds.flag) || FEAR_AT_HOME.test(reading.cleared) || WORRY_FOR_SOMEONE_AT_HOME.test(reading.cleared) || INJURY_TOLD.test(reading.cleared) || tellsOfGentleSign(reading.cleared)) && !reading.countered && !denied;
    return checks ? { concern: true, category, sure: false } : { concern: true, category, sure: false, faint: true };
  }
  if (!reading.countered && !denied && WORRY_FOR_SOMEONE_AT_HOME.test(reading.cleared)) return { concern: true, category: 'domestic_abuse', sure: false };
  // Worry without a disclosure ("everything is too much", "i get scared a lot"): a gentle check.
  // Despair said plainly still earns the check beside a denial ("im not being bullied but i cant cope").
  const unclear =
    (!denied &&
      (reading.probability >= thresholds.unclear || (!reading.countered && reading.probability >= GENTLE_FLOOR && WORRY.test(reading.cleared)))) ||
    (!reading.countered && (DESPAIR.test(reading.cleared) || (!denied && tellsOfGentleSign(reading.cleared))));
  if (!unclear) return NONE;
  const likely = gentleSignKind(reading.cleared) ?? reading.modelCategory;
  return likely ? { ...UNCLEAR, likely } : UNCLEAR;
}

/**
 * Hurt at a place read by that family alone ("he gets hit at playtime every day by the same group"): whether it is
 * bullying or harm by someone else is the classifier's to say, reading who did it.
 */
const placeOnlyHurt = (reading: ConcernReading): boolean =>
  reading.families.length === 1 && reading.families[0] === 'placeThenHarm' && (reading.modelCategory === 'bullying' || reading.modelCategory === 'harm_from_others');

/** The rules alone (for tests). */
export function concernByRules(text: string): boolean {
  return matchRules(clearedConcernText(text)).rule !== null;
}

export const isConcernCategory = (value: unknown): value is ConcernCategory =>
  typeof value === 'string' && (CONCERN_CATEGORIES as readonly string[]).includes(value);

/** "my brother kicked me under the table. i kicked him back": a squabble both ways between brothers and sisters. */
const BOTH_WAYS = /\b(?:brother|sister|cousin|twin)\b.*\bi\s+(?:kicked|hit|punched|slapped|pushed|whacked|thumped|pinched)\s+(?:him|her|them)\s+back\b/;
/** The first sentence of several that is a sure disclosure read on its own; undefined for one sentence or none. */
function buriedDisclosure(text: string): Concern | undefined {
  const sentences = text.split(/(?<=[.!?;])\s+|\n+/).filter((s) => s.trim().length > 1);
  if (sentences.length < 2 || BOTH_WAYS.test(clearedConcernText(text))) return undefined;
  for (const sentence of sentences) {
    if (!matchRules(clearedConcernText(sentence)).rule) continue;
    // Read alone, the sentence must reach the classifier's own flag: its own words, without the answer around them.
    const reading = readConcern(sentence);
    if (reading.probability < (loadConcernModel()?.thresholds ?? NO_MODEL).flag) continue;
    const read = concernOf(sentence, reading);
    if (read.concern && read.sure) return read;
  }
  return undefined;
}
