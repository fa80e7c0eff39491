import { firm, type Rule } from './shared';

/*
 * Self-harm said as what helps: the means kept away ("take the knives away when im upset"), arms
 * checked ("check my arms when i get really sad"), never left alone with them ("not being left
 * alone with the razors"). Asked what helps, a young person who hurts themselves often names the
 * safety plan, not the harm. Each rule needs the first person and either low feelings or the means
 * of harm, so a kitchen lesson or a razor for shaving is not read so. The rules are firm: ordinary talk
 * does not tie knives, tablets or one's arms to feeling low, and the classifier, trained before these
 * wordings, reads their everyday words as plan talk.
 */

/** Things used to hurt oneself, as a safety plan names them. */
const MEANS =
  '(?:knives|knife|sharp\\s+(?:knives|things|stuff|objects)|sharps|razors?|razor\\s+blades|blades?|scissors|tablets|pills|meds|medicines?|medication|paracetamol|belts?|cords?|laces|shoe\\s?laces|ropes?|lighters?)';

/** When the speaker feels low: "when im upset", "if i get really sad", "when im in a bad place". */
const WHEN_LOW =
  '(?:when|whenever|if|while|on\\s+days)\\s+(?:im|i\\s+am|i\\s+get|i\\s+feel|i\\s+go|i\\s+start\\s+(?:to\\s+feel|feeling|getting)|i\\s+have|i\\s+m)\\s+(?:really\\s+|very\\s+|so\\s+|super\\s+|a\\s+bit\\s+|too\\s+|feeling\\s+)?(?:upset|sad|low|down|angry|stressed|overwhelmed|struggling|bad|not\\s+ok(?:ay)?|in\\s+a\\s+(?:bad|dark|low)\\s+(?:place|way|mood|headspace|space)|like\\s+that|triggered|suicidal|dark\\s+thoughts|bad\\s+thoughts|urges?|a\\s+bad\\s+(?:day|night|time)|having\\s+a\\s+(?:bad|hard|rough|dark)\\s+(?:day|night|time|moment))\\b';

/** Hurting oneself said right after the means ("..., i cut myself when cooking"): a safety plan, whatever reason is beside it. */
const HURT_SELF_AFTER =
  '[^~]{0,60}\\b(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harming|burn|burns|burning|scratch\\w*)\\s+(?:myself|my\\s+self|my\\s+(?:arms?|wrists?|legs?|thighs?|skin|stomach))\\b';
/** A kitchen lesson, shaving, or a health reason beside the means: no safety plan, unless hurting oneself is said there too. */
const NOT_A_SAFETY_PLAN =
  `(?:(?=${HURT_SELF_AFTER})|(?![^~]{0,40}\\b(?:food\\s+tech|cooking|cook|in\\s+the\\s+kitchen|shav\\w*|epilepsy|seizures?|fits?|dyspraxia|drop\\s+(?:them|it)|slip)\\b))`;

export const MEANS_KEPT_AWAY: readonly Rule[] = [
  // "people need to take the knives away when im upset", "mum locks my tablets up when im in a bad place".
  firm(
    'self_harm_or_suicide',
    `\\b(?:take|takes|taking|took|taken|lock|locks|locking|locked|hide|hides|hiding|hid|hidden|put|puts|putting|keep|keeps|keeping|move|moves|moved|remove|removes|removed|clear|clears|cleared|get\\s+rid\\s+of)\\s+(?:all\\s+)?(?:of\\s+)?(?:the\\s+|my\\s+|any\\s+)?(?:\\w+\\s+)?${MEANS}\\s+(?:(?:locked\\s+|hidden\\s+)?(?:away|up|out\\s+of\\s+(?:my\\s+)?(?:room|reach|sight))\\s+(?:from\\s+(?:me|my\\s+(?:room|bedroom))\\s+)?|from\\s+(?:me|my\\s+(?:room|bedroom))\\s+)${WHEN_LOW}` +
      `|\\b(?:take|takes|taking|took|lock|locks|locking|locked|put|puts|putting|clear|clears|cleared)\\s+(?:away|up)\\s+(?:all\\s+)?(?:of\\s+)?(?:the\\s+|my\\s+|any\\s+)?(?:\\w+\\s+)?${MEANS}\\s+(?:from\\s+(?:me|my\\s+(?:room|bedroom))\\s+)?${WHEN_LOW}` +
      `|\\b${MEANS}\\s+(?:are|is|get|gets|got|being|to\\s+be)\\s+(?:locked|hidden|taken|put)\\s+(?:away|up)?\\s*(?:from\\s+me\\s+)?${WHEN_LOW}` +
      `|\\b(?:take|takes|taking|lock|locks|locking|locked|hide|hides|hiding|hid|keep|keeps|keeping|put|puts|putting|hold|holds|holding|look\\s+after|looks\\s+after|keep\\s+hold\\s+of)\\s+(?:away\\s+|up\\s+)?(?:all\\s+)?(?:the\\s+|my\\s+)?${MEANS}\\s+(?:away\\s+|up\\s+)?(?:from\\s+me\\s+)?so\\s+(?:that\\s+)?i\\s+(?:cant|dont|wont|can\\s+not|cannot)\\s+(?:get\\s+(?:to|at|hold\\s+of)|find|reach|use)\\s+(?:them|it)\\b`,
  ),
];

export const ARMS_CHECKED: readonly Rule[] = [
  // "check my arms when i get really sad", "someone checks my wrists for cuts".
  firm(
    'self_harm_or_suicide',
    `\\b(?:check|checks|checking|checked|look\\s+at|looks\\s+at|looking\\s+at)\\s+(?:on\\s+)?my\\s+(?:arms?|wrists?|thighs?|legs)\\s+(?:(?:\\w+\\s+){0,2}?${WHEN_LOW}|for\\s+(?:any\\s+)?(?:new\\s+|fresh\\s+)?(?:cuts|burns)\\b(?![^~]{0,30}\\b(?:football|rugby|fall|fell|falling|bike|brambles|bushes)\\b))` +
      `|\\bcheck\\w*\\s+me\\s+for\\s+(?:any\\s+)?(?:new\\s+|fresh\\s+)?(?:cuts|burns)\\b`,
  ),
];

export const NOT_LEFT_WITH_MEANS: readonly Rule[] = [
  // "what helps is not being left alone with the razors", "dont leave me alone with the tablets".
  firm(
    'self_harm_or_suicide',
    `\\b(?:(?:not|never|dont|do\\s+not|shouldnt|no\\s+one|nobody)\\s+(?:to\\s+)?(?:be\\s+|being\\s+|get\\s+|getting\\s+)?(?:leave|leaves|leaving|left)\\s+(?:me\\s+)?|(?:dont|do\\s+not|never|not)\\s+(?:let|letting)\\s+me\\s+(?:be\\s+)?)(?:alone|on\\s+my\\s+own|by\\s+myself)\\s+with\\s+(?:the\\s+|my\\s+|any\\s+)?(?:\\w+\\s+)?${MEANS}\\b${NOT_A_SAFETY_PLAN}`,
  ),
];

/** The three, for the families list. */
export const KEPT_FROM_MEANS_FAMILIES = {
  meansKeptAway: MEANS_KEPT_AWAY,
  armsChecked: ARMS_CHECKED,
  notLeftWithMeans: NOT_LEFT_WITH_MEANS,
};
