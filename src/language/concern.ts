import { CONCERN_CATEGORIES, type Concern, type ConcernCategory } from './concernCategories';
import { cuesOf } from './concernCues';
import { concernFeatures } from './concernFeatures';
import { DENIED_HARM, setAsideHarmless, withoutRawLookAlikes } from './concernIdioms';
import { gentleSignKind, tellsOfGentleSign } from './gentleSigns';
import { hopeCuesBesideHarm } from './hopeApart';
import { RULE_FAMILIES } from './concernRules';
import { INJURY_ON_BODY } from './concernRules/injuriesSeen';
import { concernText } from './concernText';
import { byWhom, FAMILY_OR_ADULT } from './concernByWhom';
import { loadConcernModel, type ConcernThresholds } from './model';
import { WordGate } from './wordGate';
import { forgottenWithReadings } from './recentReadings';

export { CONCERN_CATEGORIES, type Concern, type ConcernCategory } from './concernCategories';
export { concernText, typoOf } from './concernText';

const NONE: Concern = Object.freeze({ concern: false, category: null });
/**
 * Words of despair or fear that earn a gentle check when the classifier is somewhat worried too.
 * "Empty" after a meal missed is hunger ("I skip breakfast and feel empty by 11"): a need, not despair.
 */
const WORRY =
  /\b(?:too\s+much|cant\s+cope|not\s+coping|hopeless|pointless|(?<!\b(?:skip\w*|miss\w*|no|without|(?:havent|hadnt|didnt|not)\s+(?:had|have|eat|eaten))\s+(?:my\s+|any\s+)?(?:breakfast|lunch|dinner|tea|food)\b[^~]{0,25})empty(?!\s+(?:stomach|tummy|belly))|numb|alone\s+all\s+the\s+time|nobody\s+(?:listens|cares|notices)|no\s+one\s+(?:listens|cares|notices)|scared\s+(?:a\s+lot|all\s+the\s+time)|frightened|dont\s+(?:really\s+)?sleep|cant\s+sleep|so\s+tired\s+of|sad\s+all\s+the\s+time|(?:dont|do\s+not)\s+like\s+(?:going\s+)?home|weird\s+at\s+home|at\s+home\s+(?:is|are)\s+(?:a\s+bit\s+)?weird|have\s+a\s+secret|cant\s+tell)\b/;
const GENTLE_FLOOR = 0.03;
/**
 * Despair said plainly ("everything is too much", "i cant cope") earns a gentle check whatever the
 * classifier makes of the rest of the message (unless it reads as a lesson, a joke or a story):
 * trained on many hard negatives, the classifier can put "...and im confused, what do you mean"
 * below the floor, and asking "Are you OK?" costs little.
 */
const DESPAIR = /\b(?:(?:everything|it\s+all|life|things|it)\s+(?:is|s|are|feels?)\s+(?:just\s+|all\s+|getting\s+)?too\s+much|(?:cant|cannot|can\s+not)\s+cope|not\s+coping|(?:feel|feeling|im|i\s+am)\s+(?:so\s+)?hopeless)\b/;
const UNCLEAR: Concern = Object.freeze({ concern: false, category: null, unclear: true });
/** An injury told of a body with no sport, fall or accident beside it ("i have bruises on my arms"): a gentle check at least. */
const INJURY_TOLD = new RegExp(INJURY_ON_BODY);
/**
 * Fear of someone at home said plainly ("he gets scared at home when dad shouts"): when the
 * classifier flags it at all, a gentle check rather than nothing, however faint its probability.
 */
const FEAR_AT_HOME = /\b(?:scared|frightened|afraid|terrified|petrified)\b[^~]{0,25}\b(?:at\s+home\b[^~]{0,20}\bwhen|when\s+(?:my\s+)?(?:dad|mum|step\s*dad|step\s*mum|he|she|mums\s+(?:boyfriend|partner))\s+(?:shouts|yells|screams|drinks|gets\s+(?:angry|drunk|in)|comes\s+home|loses\s+it))\b/;

/**
 * Worry for someone at home because of a partner or parent there, said without any harm named ("I
 * worry about my mum and her boyfriend", "her boyfriend is scary"): a gentle check, however faintly
 * the classifier reads it; "not really" then flags it as domestic abuse.
 */
const WORRY_FOR_SOMEONE_AT_HOME =
  /\b(?:worry|worried|worries|worrying|scared|afraid|frightened|anxious|nervous)\s+(?:about|for)\s+(?:my\s+)?(?:little\s+|baby\s+)?(?:mum|mam|mom|mummy|sister|brother|nan|gran)\b[^~]{0,30}\b(?:her|his|my|mums|mams)\s+(?:new\s+)?(?:boyfriend|bf|partner|husband|fella|step\s*dad)\b|\b(?:her|his|my\s+mums|my\s+mams|mums|mams)\s+(?:new\s+)?(?:boyfriend|bf|partner|husband|fella)\s+(?:is|s|can\s+be|gets)\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+)?(?:scary|violent|aggressive|nasty|horrible|rough|frightening)\b/;

/** Without a trained model only the rules flag. */
const NO_MODEL: ConcernThresholds = { flag: 1.01, check: 1.01, sure: 1.01, unclear: 1.01, veto: -1, counterVeto: -1 };

/** What the rules and the classifier make of a message (for training, evaluation and tests). */
export interface ConcernReading {
  /** The normalised text with idioms set aside. */
  cleared: string;
  /** The category of the first rule that matches, or null. */
  rule: ConcernCategory | null;
  /** The rule families that match ("suicide", "neglect"...). */
  families: string[];
  /** The categories of all the rules that match. */
  ruleCategories: ConcernCategory[];
  /** The classifier's probability that this is a concern (0 without a trained model). */
  probability: number;
  /** The classifier's most likely category, whatever the probability. */
  modelCategory: ConcernCategory | null;
  /** A rule that matched reads words ordinary talk does not use: the classifier's doubt alone does not overrule it. */
  firm: boolean;
  /** The message also reads as a lesson, a wish to help, a joke, an accident, a story or something sorted: the classifier must back a rule more firmly. */
  countered: boolean;
}

/**
 * Cue families of ordinary talk that look like harm ("we learnt about self harm in pshe", "he
 * pushed me in the game lol", "in eastenders the dad hit the mum", "the school sorted it, its fine now"),
 * and plan talk of support faded towards doing a thing alone, or of a parent's caution about roads.
 */
const COUNTER_CUES: readonly string[] = ['lesson', 'helping', 'joke', 'accident', 'fiction', 'sorted', 'independence', 'caution'];
/** The counter cues that a hope itself carries ("one day", "when im older", "step by step"). */
const HOPE_CUES: readonly string[] = ['helping', 'independence'];
/** The counter cues that shrug off being used or controlled ("so i got money anyway lol", "its fine now"): grooming teaches them. */
const SHRUGS: readonly string[] = ['joke', 'sorted'];
export const isCountered = (cues: readonly string[]): boolean => cues.some((c) => COUNTER_CUES.includes(c));

/** The normalised text with idioms set aside, as the rules and the classifier read it. */
export function clearedConcernText(text: string): string {
  return setAsideHarmless(concernText(withoutRawLookAlikes(text.length > 20_000 ? text.slice(0, 20_000) : text)));
}

/**
 * Each rule family with one pattern that matches exactly when one of its rules does (their
 * alternation). Before any pattern runs, one look-up of the message's words says which rules could
 * match at all (wordGate.ts): most messages open few rules, and a family with none open costs
 * nothing. A family with most of its rules open tries its alternation first, and only when it
 * matches are its open rules tried one by one. (Rules with flags or back-references would not combine.)
 */
const FAMILY_CHECKS = (() => {
  let first = 0;
  return Object.entries(RULE_FAMILIES).map(([family, rules]) => {
    const check = {
      family,
      rules,
      first,
      any: rules.every((r) => r.re.flags === '' && !/\\[1-9]/.test(r.re.source)) ? new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|')) : undefined,
    };
    first += rules.length;
    return check;
  });
})();
const RULE_GATE = new WordGate(FAMILY_CHECKS.flatMap(({ rules }) => rules.map((r) => r.re)));

/** Every rule pattern, family by family, so start-up can have them compiled before the first message. */
export const rulePatternsByFamily = (): RegExp[][] => FAMILY_CHECKS.map(({ any, rules }) => [...(any ? [any] : []), ...rules.map((r) => r.re)]);

/** Which rule families match, and the category of the first matching rule in order. */
export function matchRules(cleared: string): { rule: ConcernCategory | null; families: string[]; categories: ConcernCategory[]; wish: boolean; firm: boolean; saidAsNormal: boolean } {
  let rule: ConcernCategory | null = null;
  let [bullying, wish, firm, saidAsNormal] = [false, false, false, false];
  const families: string[] = [];
  const categories = new Set<ConcernCategory>();
  const open = RULE_GATE.open(cleared);
  for (const { family, rules, any, first } of FAMILY_CHECKS) {
    let opened = 0;
    for (let i = 0; i < rules.length; i++) opened += open[first + i]!;
    if (opened === 0 || (any && opened * 2 > rules.length && opened > 1 && !any.test(cleared))) continue;
    let hit = false;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (!open[first + i] || !r.re.test(cleared)) continue;
      hit = true;
      rule ??= r.category;
      categories.add(r.category);
      if (r.category === 'bullying') bullying = true;
      if (r.wish) wish = true;
      if (r.firm) firm = true;
      if (r.saidAsNormal) saidAsNormal = true;
    }
    if (hit) families.push(family);
  }
  // Hurt together with name-calling or being laughed at is bullying, unless family or an adult did it.
  if (rule === 'harm_from_others' && bullying && !FAMILY_OR_ADULT.test(cleared)) rule = 'bullying';
  return { rule, families, categories: [...categories], wish, firm, saidAsNormal };
}

export function readConcern(text: string): ConcernReading {
  const cleared = clearedConcernText(text);
  const { rule, families, categories: ruleCategories, wish, firm, saidAsNormal } = matchRules(cleared);
  const model = loadConcernModel();
  const cues = cuesOf(cleared);
  const counters = saidAsNormal ? cues.filter((c) => !SHRUGS.includes(c)) : cues;
  // A wish the rules read ("protect my mum from her boyfriend") is never made ordinary by the words of a hope around it,
  // nor is harm told in one sentence by a hope in another ("i want to be a nurse. my dad hits me").
  const hopes = wish ? [] : cues.filter((c) => HOPE_CUES.includes(c));
  const hopesBeside = rule && hopes.length > 0 ? hopeCuesBesideHarm(text, hopes, (s) => matchRules(clearedConcernText(s)).rule !== null, (s) => cuesOf(clearedConcernText(s))) : hopes;
  const countered = isCountered([...counters.filter((c) => !HOPE_CUES.includes(c)), ...hopesBeside]);
  if (!model) return { cleared, rule, families, ruleCategories, probability: 0, modelCategory: null, firm, countered };
  const p = model.distribution(concernFeatures(cleared, families, cues));
  const labels = model.labels;
  let best = -1;
  labels.forEach((label, i) => {
    if (label !== 'none' && (best < 0 || p[i]! > p[best]!)) best = i;
  });
  const none = labels.indexOf('none');
  return {
    cleared,
    rule,
    families,
    ruleCategories,
    probability: none < 0 ? 0 : 1 - p[none]!,
    modelCategory: best < 0 ? null : (labels[best] as ConcernCategory),
    firm,
    countered,
  };
}

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
  // One message is read more than once in a turn (the disclosure check, then its answer's analysis).
  const seen = RECENT.get(text);
  if (seen) return { ...seen };
  return { ...remembered(text, concernOf(text, readConcern(text))) };
}

/**
 * The verdict and the reading behind it, the message read once (the corpus verdicts check both);
 * the verdict is remembered as detectConcern's is, so the statement analysis after it reads nothing again.
 */
export function detectConcernWithReading(text: string): { concern: Concern; reading: ConcernReading } {
  const reading = readConcern(text);
  const concern = text.trim().length < 2 ? NONE : remembered(text, concernOf(text, reading));
  return { concern: { ...concern }, reading };
}

function remembered(text: string, concern: Concern): Concern {
  if (RECENT.size >= RECENT_LIMIT) RECENT.delete(RECENT.keys().next().value!);
  RECENT.set(text, concern);
  return concern;
}

/** The last few messages read, with their verdicts: enough for the readings of one turn's message. */
const RECENT = new Map<string, Concern>();
forgottenWithReadings({ forget: () => RECENT.clear(), holds: (text) => RECENT.has(text) });
const RECENT_LIMIT = 4;

function concernOf(text: string, reading: ConcernReading): Concern {
  const thresholds = loadConcernModel()?.thresholds ?? NO_MODEL;
  if (reading.rule && reading.probability >= (reading.countered ? thresholds.counterVeto : reading.firm ? 0 : thresholds.veto)) {
    // Rules of several kinds matched ("mum kicked me out and i sleep on the street"): the classifier,
    // reading the whole message, chooses among them.
    // Harm threatened or done to make someone sell, carry or pay is exploitation, whatever else it is.
    const chosen =
      reading.ruleCategories.includes('exploitation') && (reading.modelCategory === 'harm_from_others' || reading.modelCategory === 'bullying')
        ? 'exploitation'
        : reading.modelCategory && (reading.ruleCategories.includes(reading.modelCategory) || placeOnlyHurt(reading))
          ? reading.modelCategory
          : reading.rule;
    return { concern: true, category: byWhom(chosen, reading.cleared), sure: !reading.countered || reading.probability >= thresholds.sure };
  }
  // A disclosure inside a long answer about needs ("money is hard... my dad's partner takes my card and I
  // don't get it back for weeks... and I don't know how to find a shared house"): the classifier reads the
  // whole answer as plan talk, so the sentence the rule found is read again on its own.
  // Only where nothing in the whole answer says it is a joke, a lesson, an accident or a wish to help.
  if (reading.rule && !reading.countered) {
    const buried = buriedDisclosure(text);
    if (buried) return buried;
  }
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
