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

/*
 * "his uncle touches him", "the babysitter touched her": from a parent "him" or "her" is the child, so
 * someone other than the parent touching the child is sexual harm told, answered in full. Ordinary
 * touch ("on the shoulder", "gently to calm him", "his hair") and the parent's own care are never it.
 */
const TOUCHER = `(?:(?:his|her|their|my)\\s+(?:great\\s+)?(?:uncle|aunt|auntie|grandad|grandpa|granddad|step\\s*dad|stepdad|step\\s*brother|stepbrother|step\\s*grandad|cousin|mums?\\s+(?:new\\s+)?(?:boyfriend|partner)|dads?\\s+(?:new\\s+)?(?:girlfriend|partner)|nans?\\s+(?:boyfriend|partner)|babysitter|childminder|neighbour|tutor|coach|driver|escort|(?:older\\s+)?(?:brothers?|sisters?|cousins?)\\s+(?:friend|mate)|(?:older\\s+|big\\s+|half\\s+)?(?:brother|sister))|the\\s+(?:babysitter|childminder|neighbour|man\\s+next\\s+door|tutor|coach|driver|taxi\\s+driver|escort|lodger)|a\\s+man|a\\s+boy|an\\s+older\\s+(?:boy|man|lad)|someone|somebody)`;
const TOUCHES = '(?:touches|touched|touching|fondles|fondled|gropes|groped|feels|felt)';
const ORDINARY_TOUCH = '(?!\\s+(?:on|by)\\s+(?:the|his|her)\\s+(?:shoulder|arm|back|hand|head|hair|knee)\\b|\\s+(?:gently|softly|lightly)\\b|\\s+to\\s+(?:get|calm|comfort|wake|help|guide|settle|move)\\b|\\s+(?:hair|face\\s+paint)\\b|\\s+up\\s+on\\b)';
const SOMEONE_TOUCHES_CHILD = new RegExp(`\\b${TOUCHER}\\s+(?:${OFTEN}\\s+)*(?:keeps\\s+|kept\\s+|tries\\s+to\\s+|tried\\s+to\\s+)?${TOUCHES}\\s+(?:him|her)\\b${ORDINARY_TOUCH}`);

/** A parent's message telling of someone touching the child (see above). */
export function tellsOfSomeoneTouchingChild(text: string): boolean {
  return text.length <= 600 && SOMEONE_TOUCHES_CHILD.test(normaliseMessage(text));
}

/*
 * "his stepdad locks him in his room", "my partner shuts her in the cupboard": the child locked or shut
 * in, told by a parent, is harm to the child ("we lock the front door so he cant run off" names no one
 * shutting the child in).
 */
const WHO_LOCKS = `(?:my\\s+${FAMILY_MEMBER}|my\\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance)|(?:his|her|their)\\s+(?:dad|mum|mam|father|mother|step\\s*dad|stepdad|step\\s*mum|stepmum|uncle|aunt|auntie|grandad|nan|carers?|foster\\s+carers?|mums?\\s+(?:boyfriend|partner)|dads?\\s+(?:girlfriend|partner)|brother|sister)|the\\s+(?:carers?|staff|teachers?|ta|school|nursery|babysitter|childminder))`;
const CHILD_LOCKED_IN = new RegExp(
  `\\b${WHO_LOCKS}\\s+(?:${OFTEN}\\s+)*(?:(?:locks|locked|lock|locking|shuts|shut|keeps?\\s+locking)\\s+(?:him|her)\\s+(?:in|inside|into|out\\s+in|outside\\s+in)\\s+(?:(?:his|her|the|a|their|my)\\s+)?(?:(?:sensory|quiet|calm|time\\s*out|chill\\s*out)\\s+room|room|bedroom|cupboard|shed|bathroom|garage|cellar|basement|loft|attic|garden|dark|cage|box)|(?:puts|put)\\s+(?:him|her)\\s+(?:in|inside|into)\\s+(?:(?:the|a)\\s+)?(?:cupboard|shed|cellar|basement|loft|attic|dark|cage|box))\\b`,
);

/** A parent's message telling of someone locking the child in (see above). */
export function tellsOfChildLockedIn(text: string): boolean {
  return text.length <= 600 && CHILD_LOCKED_IN.test(normaliseMessage(text));
}
