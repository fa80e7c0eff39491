import type { ConcernCategory } from '../concernCategories';
import { wish, type Rule } from './shared';

/**
 * No future self, said indirectly, often as the answer to a question about hopes or the years ahead
 * ("what do i want to be when im older? idk. i dont really see an older me", "i dont really plan on
 * getting older tbh", "a good life? not existing"), a child asking who would come to his funeral, a
 * family drawn as if one had already gone, or a family thought better off with the money than with
 * oneself around. The hope around them ("when im older", "a good life") is the question being answered,
 * so it never makes them ordinary; each needs the part that makes it more than worry about growing up.
 */

/** Read as a wish (the words of a hope around it do not make it ordinary) and firm (the classifier's doubt alone does not overrule it). */
const noFutureSelf = (category: ConcernCategory, source: string): Rule => ({ ...wish(category, source), firm: true });

const OLDER_SELF = String.raw`(?:an?\s+(?:older|grown\s+up|adult|future)\s+(?:me|him|her|version\s+of\s+(?:me|him|her))|(?:me|myself|him|himself|her|herself)\s+(?:getting\s+older|growing\s+up|older|grown\s+up|as\s+an\s+adult|being\s+an\s+adult|at\s+\d+|past\s+\d+)|getting\s+(?:older|old|to\s+\d+)|growing\s+up|being\s+(?:older|an\s+adult|grown\s+up|around\s+(?:much\s+)?longer))`;

const ANYONE = String.raw`(?:anyone|anybody|any1|people|many\s+people|everyone|any\s+of\s+(?:you|them))`;

export const NO_OLDER_SELF: readonly Rule[] = [
  // "i dont really see an older me", "i dont plan on getting older", "he doesnt expect to grow up" (not "i cant wait to get older").
  noFutureSelf(
    'self_harm_or_suicide',
    String.raw`\b(?:i|he|she)\s+(?:dont|do\s+not|doesnt|does\s+not|never|cant|can\s+not|cannot)\s+(?:really\s+|even\s+|actually\s+|honestly\s+)?(?:see|plan\s+on|plan\s+to\s+be|intend\s+on|expect\s+to\s+be|expect)\s+${OLDER_SELF}\b(?!\s+(?:being\s+an?|as\s+an?|doing|working|becoming|playing|living|going|in|at|with|having|getting\s+(?:a|married|into)))|\b(?:i|he|she)\s+(?:dont|do\s+not|doesnt|does\s+not)\s+(?:really\s+|even\s+)?(?:expect|plan|intend|want)\s+to\s+(?:grow\s+up|get\s+(?:older|old))\b(?![^~]{0,20}\b(?:too\s+fast|so\s+fast|so\s+quick|yet|because\s+(?:of\s+)?(?:exams|bills|work|responsibilit)))`,
  ),
  // "there's no point him growing up because he'll never be normal", "no point me getting older".
  noFutureSelf('self_harm_or_suicide', String.raw`\b(?:no|not\s+any|isnt\s+any|whats\s+the)\s+point\s+(?:in\s+)?(?:me|him|her|my|his)?\s*(?:growing\s+up|getting\s+older|being\s+(?:an\s+)?(?:adult|grown\s+up|older)|having\s+a\s+future)\b(?!\s+(?:too\s+fast|so\s+fast|so\s+quick|too\s+quick|too\s+soon|yet))`),
  // "a good life? not existing tbh", "in 5 yrs?? not here probs. not joking tho".
  noFutureSelf(
    'self_harm_or_suicide',
    String.raw`\b(?:good\s+life|future|in\s+(?:\d+|five|ten|a\s+few)\s+(?:yrs?|years?)|when\s+(?:im|i\s+am)\s+(?:older|grown\s+up)|next\s+year)\b[^~]{0,40}\bnot\s+(?:(?:existing|exist|being\s+alive|alive)(?!\s+(?:in|as|on|with|without|for|at|like|to))|here\s+(?:probs|probably|prob|tbh|i\s+reckon|i\s+think|anyway|hopefully)|around\s+(?:probs|probably|prob|tbh|i\s+reckon|i\s+think|anyway|hopefully))\b`,
  ),
  // "he keeps asking if anyone would come to his funeral", "who would even come to my funeral".
  noFutureSelf(
    'self_harm_or_suicide',
    String.raw`\b(?:(?:would|will|wud|wld)\s+${ANYONE}|(?:if|whether)\s+${ANYONE}\s+(?:would|will|wud|wld)|who\s+(?:would|will|wud|wld))\s+(?:even\s+)?(?:come|go|turn\s+up|show\s+up|cry)\s+(?:to|at)\s+(?:my|his)\s+funeral\b`,
  ),
  // "drawing the family without me in them, like ive already gone", "manage better with the insurance money than with me around".
  noFutureSelf(
    'self_harm_or_suicide',
    String.raw`\bwithout\s+me\b[^~]{0,40}\blike\s+(?:ive|i\s+have|im|i\s+am|i)\s+(?:already\s+)?(?:gone|dead|not\s+here|died)\b(?!\s+(?:to|home|out|back|away|on|off|in))|\b(?:manage|cope|be|do|get\s+on)\s+(?:\w+\s+)?better\s+(?:\w+\s+){0,6}?than\s+(?:with\s+)?me\s+(?:around|here|alive|about|in\s+it)\b|\blife\s+insurance\b[^~]{0,60}\b(?:than\s+(?:with\s+)?me|without\s+me)\b`,
  ),
];
