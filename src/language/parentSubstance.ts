import { normaliseMessage } from './text';

/*
 * A carer telling of the child's parent misusing drugs or drink: "her mum is my daughter Kerry but she
 * has problems with drugs", "his dad is on drugs and turns up shouting", "her mum drinks and comes round
 * kicking off". Kinship carers and special guardians often care for a child because of it, and what it
 * does to the child (visits out of nowhere, a parent seen high or drunk) is a worry for the service's
 * safeguarding lead: category other (substance misuse). Read only from a parent or carer, whose "her mum"
 * is the child's; the young person's own words are left to the rules. Medicine ("on drugs for his heart"),
 * a drink at Christmas and work with people who use drugs are not misuse. Misuse told only as past ("his real mum
 * was a heroin addict", "was high on gas and air when he was born") is left to the rules, which ask how things are now.
 */

/** The child's parent as a carer names them: "her mum", "his dad", "ellies mum", "her birth mum", "my daughter" (a grandparent's). */
const PARENT =
  '(?:(?:her|his|their|the\\s+kids|the\\s+childs|\\w+s)\\s+(?:(?:birth|real|biological|natural|own)\\s+)?(?:mum|mam|mom|mummy|mother|dad|daddy|father|step\\s*dad|step\\s*mum)|my\\s+(?:daughter|son)|^(?:mum|mam|mom|dad)|(?:her|his)\\s+(?:mums|dads)\\s+(?:boyfriend|partner|girlfriend))';
/** Words between the parent and what they do, within the sentence as typed, never about other people ("works with people who ..."). */
const GAP = '(?:\\s+(?!(?:people|who|clients|patients|work|works|worked|job)\\b)\\w+){0,8}?';
const DRUG = '(?:drugs|drug|drink|drinking|the\\s+drink|alcohol|booze|heroin|crack|smack|coke|cocaine|spice|meth|ket|ketamine|gear|the\\s+gear|pills|weed)';
const STATE = '(?:drunk|high(?!\\s+(?:up|school|five|street|road|chair|in\\s+the))|wasted|smashed|stoned|mashed|off\\s+(?:her|his|their)\\s+(?:face|head|tits|nut|trolley)|out\\s+of\\s+(?:it|her\\s+head|his\\s+head))';
const MISUSE = [
  // "she has problems with drugs", "he has a drink problem", "shes got an addiction"
  `(?:has|have|got|having|with|s\\s+got)\\s+(?:(?:a|an|big|real|serious|some|bad|massive)\\s+)*(?:problems?|issues?|trouble|struggles?)\\s+with\\s+${DRUG}`,
  `(?:drug|drink|alcohol|heroin|crack)\\s+(?:problems?|issues?|habit|addiction)`,
  `(?:has|got|with)\\s+(?:an\\s+)?addiction\\b(?!\\s+to\\s+(?!${DRUG}))|addicted\\s+to\\s+${DRUG}\\b`,
  // "is on drugs", "mums on heroin", "back on the gear"; not "on drugs for his heart"
  `(?:is|s|been|still|back|gone)\\s+(?:(?:still|back|always)\\s+)?on\\s+${DRUG}\\b(?!\\s+(?:for|from\\s+the\\s+(?:doctor|gp|hospital)))`,
  // "is an addict", "is an alcoholic", "was a user"
  `(?:is|s|been)\\s+(?:(?:a|an|still\\s+a|still\\s+an)\\s+)?(?:(?:drug|heroin|crack)\\s+)?(?:addict|junkie|alcoholic|smackhead|crackhead|druggie|user)\\b`,
  // "uses drugs", "takes drugs", "does drugs"
  `(?:uses|use|using|takes|take|taking|does|doing)\\s+(?:drugs|heroin|crack|coke|cocaine|spice|meth)\\b`,
  // "drinks and comes round", "drinks too much", "is drinking again"
  `(?:drinks|drinking)\\s+(?:and|n|too\\s+much|a\\s+lot|alot|heavily|all\\s+day|every\\s+day|everyday|loads|again|then|when)\\b(?!\\s+(?:of\\s+)?(?:water|tea|coffee|milk|juice|squash|pop))|(?:drinks|drinking)$`,
  // "turns up drunk", "comes round high", "when shes off her face"
  `(?:turns?|turned|turning|comes?|came|coming|shows?|showed|rolls?|rolled)\\s+(?:up|round|over|home|in)(?:\\s+\\w+){0,3}?\\s+${STATE}\\b`,
  `(?:is|s|gets?|got|getting)\\s+(?:(?:really|so|proper|always|often|completely)\\s+)?${STATE}\\b`,
];
/** "her mums on drugs": the "is" typed onto the word, read as "her mum s on drugs". */
const MUMS_IS = /\b(mum|mam|mom|mummy|mother|dad|daddy|father)s\s+(on|an|a|addicted|always|drunk|high|off|got|been|still|back)\b/g;
const PARENT_MISUSE = new RegExp(`${PARENT}${GAP}\\s+(?:(?:she|he|they)\\s+)?(?:${MISUSE.join('|')})`);

/** A carer's message telling of the child's parent misusing drugs or drink (see above). */
export function tellsOfParentSubstanceMisuse(text: string): boolean {
  return text.length <= 800 && PARENT_MISUSE.test(normaliseMessage(text).replace(MUMS_IS, '$1 s $2'));
}

/** The mark kept with a note about a parent's drug or drink use, so that more told of their visits later is known as this worry. */
export const PARENT_USE_MATTER = 'parentUse';

/** "her mum is my daughter Kerry", "Kerry, her mum": the parent's own name, as the carer gives it. */
const PARENT_NAMED = /\b(?:mum|mam|mom|mother|dad|father|daughter|son)\s*,?\s+(?:is\s+)?(?:called\s+)?([A-Z][a-z]{1,20})\b|\b([A-Z][a-z]{1,20})\s*,?\s+(?:her|his|their)\s+(?:mum|mam|mom|mother|dad|father)\b/g;

/** The names the carer gives the child's parent in a message telling of their drug or drink use. */
export function parentNamesIn(text: string): string[] {
  return [...text.matchAll(PARENT_NAMED)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase()).filter((n) => n.length > 1);
}

/** A visit or its aftermath: "turns up unannounced", "came round", "was shouting on the doorstep", "Ellie saw it all". */
const VISIT_OR_USE =
  /\b(?:turns?\s+up|turned\s+up|turning\s+up|comes?\s+(?:round|over|to\s+the\s+(?:house|door))|came|visits?|visited|unannounced|out\s+of\s+nowhere|doorstep|door|shout\w*|scream\w*|yell\w*|kick\w*\s+off|swear\w*|banging|drunk|high|off\s+(?:her|his|their)\s+(?:face|head)|drugs?|drink\w*|saw\s+(?:it|her|him|everything)|sees\s+(?:it|her|him)|upset|goes\s+backwards|went\s+backwards)\b/;

/**
 * Whether a sentence tells more of a noted worry about the child's parent using drugs or drink: it names that
 * parent (by who they are or by name) and their visits or what the child saw. Anything else stays an answer.
 */
export function tellsMoreOfParentUse(sentence: string, people: readonly string[], names: readonly string[]): boolean {
  const said = normaliseMessage(sentence);
  const named = people.some((p) => new RegExp(`\\b(?:her|his|their)\\s+${p}s?\\b`).test(said)) || names.some((n) => new RegExp(`\\b${n}\\b`).test(said));
  return named && VISIT_OR_USE.test(said);
}
