import { FAMILY, PARENT_FONDLY, SIBLING } from './familyWords';
import { normaliseMessage } from './text';

/*
 * A parent or carer telling of someone in their own family hurting the child: "my brother hits him and i
 * want him to stop", "my older son kicks him when im not looking". From a parent "him" or "her" is the
 * child, so this is harm to the child; from a young person the same words tell of someone else, and are
 * left to the rules. Only family is read here ("my partner hits him" is read by the rules as ever), and a
 * son or daughter only when told apart from the child ("my older son", "my other daughter"): "my son hits
 * him" may be the child's own hitting. Never "hits him back", "at football" or "out of the way".
 */

const FAMILY_MEMBER = `(?:(?:older|elder|eldest|oldest|big|little|younger|youngest|other|step)\\s*(?:son|daughter|boy|girl)|(?:(?:older|elder|big|little|younger|other|step|half)\\s*)?(?:${SIBLING})|step\\s*(?:son|daughter)|eldest|oldest|nephew|niece|cousin|${FAMILY}|${PARENT_FONDLY}|mother|father|(?:${SIBLING})\\s+in\\s+law)`;
const OFTEN = '(?:always|keeps|sometimes|often|still|really|has|then|just)';
const HURTS =
  '(?:hits|hit|hitting|beats|beat|beating|punches|punched|kicks|kicked|slaps|slapped|smacks|smacked|hurts|hurt|hurting|strangles|strangled|chokes|choked|pushes|pushed|thumps|thumped|whacks|whacked|batters|battered|bites|bit)';
const FAMILY_HURTS_CHILD = new RegExp(
  `\\bmy\\s+${FAMILY_MEMBER}\\s+(?:${OFTEN}\\s+)*${HURTS}\\s+(?:him|her)\\b(?!\\s+(?:back|out|off|at\\s+(?:chess|cards|fifa|games?|football|a\\s+race)|in\\s+(?:a\\s+)?(?:games?|play|fun)|by\\s+accident|accidentally|when\\s+(?:they|we)\\s+play))`,
);

/** A parent's message telling of someone in their family hurting the child (see above). */
export function tellsOfFamilyHurtingChild(text: string): boolean {
  return text.length <= 600 && FAMILY_HURTS_CHILD.test(normaliseMessage(text));
}
