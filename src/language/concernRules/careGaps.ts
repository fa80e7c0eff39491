import { r, type Rule } from './shared';

/**
 * Gaps in care told by what is left undone, in any voice (a young person, a parent, a young adult in
 * supported living): staff or an agency who do not come, leaving someone in bed or a wheelchair all
 * day with sores; glasses, hearing aids, a bed or a wheelchair broken and never fixed; medicine run
 * out and never got again; hunger as the everyday; a child left in charge of younger ones.
 */
const STAFF =
  '(?:staff|night\\s+staff|carers?|care\\s+agency|agency|the\\s+agency|pa|support\\s+workers?|support\\s+team|care\\s+home|the\\s+home|placement|residential|respite)';
const AID = '(?:glasses|hearing\\s+aids?|wheelchair|walker|splints?|bed|cot|boots|shoes|cooker|boiler|heating)';
const MEDS = '(?:tablets|meds|medicine|medsin|medication|inhaler|insulin|cream|strips|epipen|prescription|supplies|pads)';

export const LEFT_IN_BED: readonly Rule[] = [
  r('neglect', `\\b${STAFF}\\s+(?:\\w+\\s+)?(?:dont|doesnt|didnt|wont|hasnt|havent|never|keeps?\\s+not|keep\\s+not|kept\\s+not|have\\s+not|has\\s+not|not)\\s+(?:come|came|comes|coming|turn\\s+up|turned\\s+up|turning\\s+up|move|moved|turn|turned|change|changed|wash|washed|bath|bathed|feed|fed|give|given|get\\s+me\\s+up)\\b(?![^~]{0,20}\\b(?:today\\s+because|as\\s+(?:its|it\\s+is)\\s+(?:a\\s+)?(?:holiday|bank\\s+holiday))\\b)`),
  r('neglect', '\\b(?:leave|leaves|left|kept|keep|keeps|stuck)\\s+(?:me|him|her|them)?\\s*(?:in|on)\\s+(?:my|his|her|the|their)?\\s*(?:bed|wheelchair|chair|cot|wet\\s+(?:clothes|pads?|nappy|bed))\\s+(?:all\\s+day|all\\s+night|until|till|for\\s+(?:hours|a\\s+(?:full\\s+)?day|days|\\d+\\s+hours))\\b|\\b(?:pressure|bed)\\s+sores?\\b|\\bsores?\\s+(?:on\\s+(?:my|his|her)\\s+\\w+\\s+)?from\\s+(?:lying|sitting|being\\s+left|the\\s+pads)\\b|\\b(?:wet|soiled)\\s+(?:myself|himself|herself)\\s+(?:waiting|because\\s+(?:no\\s+one|nobody))\\b'),
];

export const BROKEN_NOT_FIXED: readonly Rule[] = [
  r('neglect', `\\b(?:my|his|her)\\s+(?:\\w+\\s+)?${AID}\\s+(?:broke|broken|is\\s+broken|are\\s+broken|got\\s+broken|snapped|stopped\\s+working)\\b[^~]{0,60}\\b(?:no\\s+one|nobody|noone|no\\s+body|not|never|hasnt|havent|wont|won\\s+t|mum\\s+says?\\s+no|dad\\s+says?\\s+no|says?\\s+no|no\\s+money|months|since|a\\s+year|ages)\\b(?:[^~]{0,20}\\b(?:fix\\w*|replace\\w*|mend\\w*|new\\s+one|get\\s+(?:a\\s+)?new|chase|got\\s+(?:a\\s+)?new|ago|months|year|so\\s+i\\s+(?:cant|sleep))\\b)?`),
  r('neglect', '\\b(?:sleep|sleeps|sleeping|slept)\\s+on\\s+(?:the\\s+)?floor\\b[^~]{0,30}\\b(?:no\\s+bed|bed\\s+(?:broke|broken|is\\s+broken)|no\\s+mattress|mattress\\s+on\\s+the\\s+floor|damp)\\b|\\bno\\s+bed\\b[^~]{0,20}\\b(?:sleep|sleeps|floor)\\b|\\bnever\\s+(?:slept|been)\\s+in\\s+a\\s+bed\\b|\\bno\\s+shoes\\s+that\\s+fit\\b|\\b(?:got|have)\\s+no\\s+shoes\\s+that\\s+fit\\b'),
];

export const MEDS_RUN_OUT: readonly Rule[] = [
  r('neglect', `\\b(?:my|his|her)\\s+(?:\\w+\\s+)?${MEDS}\\s+(?:finish|finished|ran\\s+out|run\\s+out|runs\\s+out|running\\s+out|is\\s+empty|are\\s+empty|always\\s+empty|gone)\\b[^~]{0,50}\\b(?:no\\s+one|nobody|noone|hasnt|havent|not|never|wont|keeps?\\s+(?:forgetting|saying)|forgot|long\\s+time|weeks|days|since)\\b`),
  // Another's forgetting, not one's own ("i forget my tablets sometimes so i set an alarm").
  r('neglect', `\\b(?:keeps?\\s+forgetting|forgets|forget|forgot|keeps?\\s+missing|missed|missing|hasnt\\s+given|havent\\s+given|not\\s+given|didnt\\s+give|doesnt\\s+give|dont\\s+give|never\\s+given)(?<!\\b(?:i|we)\\s+(?:\\w+\\s+)?\\w+(?:\\s+\\w+)?)\\s+(?:me\\s+|him\\s+|her\\s+)?(?:to\\s+(?:get|order|collect|pick\\s+up)\\s+)?(?:more\\s+)?(?:of\\s+)?(?:my\\s+|his\\s+|her\\s+|the\\s+)?(?:\\w+\\s+)?(?:${MEDS}|doses|medsin)\\b(?![^~]{0,20}\\b(?:once|one\\s+time|today|this\\s+morning|but\\s+(?:then|we|i|she|he))\\b)`),
];

export const HUNGER_AT_HOME: readonly Rule[] = [
  r('neglect', '\\b(?:hungry|starving|hungy|hungery)\\s+(?:all\\s+(?:the\\s+)?time|all\\s+day|every\\s+(?:day|night)|most\\s+days)\\b(?![^~]{0,40}\\b(?:growing|growth|out\\s+of\\s+house\\s+and\\s+home|teenager|after\\s+(?:pe|football|training|swimming)|lol)\\b)|\\bonly\\s+(?:get|have|eat)\\s+one\\s+meal\\s+a\\s+day\\b|\\bone\\s+meal\\s+a\\s+day\\b[^~]{0,30}\\b(?:school|thats|the\\s+one|only)\\b|\\b(?:cereal|crisps|toast|noodles|biscuits)\\s+for\\s+(?:dinner|tea)\\s+(?:every|most|all)\\s+(?:day|night|days|nights|week)\\b|(?<!\\b(?:not|stop|never|no\\s+longer|instead\\s+of|rather\\s+than|than|dont|wont|to\\s+not)\\s+(?:just\\s+)?)\\b(?:living|lived|live)\\s+on\\s+(?:crisps|biscuits|cereal|toast|sweets|takeaways)\\b|\\bno\\s+money\\s+for\\s+food\\b|\\bnot\\s+had\\s+money\\s+for\\s+food\\b|\\b(?:eat|eats)\\s+what\\s+(?:i|he|she|they)\\s+find\\b|\\b(?:taking|takes|took|steals?|stealing)\\s+food\\s+from\\s+(?:other|the\\s+other)\\s+(?:kids|children|peoples)\\b'),
];

export const CHILD_IN_CHARGE: readonly Rule[] = [
  r('neglect', '\\b(?:i|he|she)\\s+(?:make|makes|made|cook|cooks)\\s+(?:the\\s+)?(?:tea|dinner|food|meals)\\s+for\\s+(?:my|his|her)\\s+(?:little|younger|baby)\\s+(?:brothers?|sisters?|siblings)\\b|\\b(?:go|goes|went|gone)\\s+(?:away|out)\\s+(?:for\\s+)?(?:days|nights|all\\s+weekend|for\\s+the\\s+weekend)\\b[^~]{0,20}\\bi\\s+(?:look\\s+after|mind|watch|care\\s+for)\\s+(?:my\\s+)?(?:little|baby|younger)\\b|\\bleaves?\\s+(?:them|him|her|us|me)\\s+(?:alone|on\\s+(?:their|his|her|our|my)\\s+own)\\s+for\\s+(?:days|nights|hours|the\\s+weekend|whole\\s+days)\\b|\\b(?:my\\s+)?(?:mums|mum\\s+is|dads|dad\\s+is)\\s+never\\s+(?:home|in|there)\\b'),
];
