import { r, type Rule } from './shared';

/**
 * Running away, going missing and homelessness, told without the plain words: found by the police
 * far from home, out all night hiding, living in a car, sleeping behind the shops, thrown out.
 */
const ROUGH_PLACE =
  '(?:park|parks|woods|bins|bin\\s+area|bus\\s+shelter|bus\\s+stop|bus\\s+station|train\\s+station|stairwell|stairs|garage|shed|underpass|car\\s+park|doorway|shop\\s+doorway|tent|car|van|graveyard|church\\s+porch|multi\\s+storey)';

export const LEAVING_HOME: readonly Rule[] = [
  r('other', `\\b(?:sleep|sleeps|slept|sleeping|sleepin|living|live|lived|stay|stayed|staying|spend|spent)\\s+(?:the\\s+night\\s+|nights\\s+)?(?:in|at|on|behind|under)\\s+(?:a|an|the|our|my|mums|his|her)\\s+(?:\\w+\\s+)?${ROUGH_PLACE}\\b(?![^~]{0,30}\\b(?:holiday|camping|festival|trip|for\\s+fun|with\\s+(?:scouts|cubs|brownies|guides|school)|in\\s+the\\s+garden)\\b)`),
  r('other', '\\b(?:got|get|been|was|were|am|im)\\s+(?:chucked|kicked|thrown|booted)\\s+out\\b(?!\\s+of\\s+(?:the\\s+)?(?:class|lesson|game|club|team|shop|cinema|pool|library))|\\b(?:police|cops|staff)\\s+(?:keep|keeps|kept|had\\s+to|have\\s+to)\\s+(?:finding|find|bring\\w*|fetch\\w*|look\\w*\\s+for)\\s+me\\b|\\bmiles\\s+(?:away\\s+)?from\\s+home\\b[^~]{0,30}\\b(?:night|police|lost|found|walked|again)\\b|\\b(?:police|cops)\\s+(?:found|picked\\s+up|brought)\\s+me\\b'),
  r('other', '\\b(?:run|runs|ran|running)\\s+(?:off|away)\\b[^~]{0,50}\\b(?:all\\s+night|overnight|for\\s+(?:days|hours|the\\s+night)|nobody\\s+knows|no\\s+one\\s+knows|police|hide|hid|hiding|sleep|slept)\\b|\\b(?:hide|hid|hiding|stay|stayed|staying)\\s+(?:out\\s+)?(?:in\\s+the\\s+woods|in\\s+the\\s+park|out)\\s+(?:all|sometimes\\s+all|some\\s+of\\s+the)\\s+night\\b|\\b(?:do\\s+not|dont|didnt|never|wont)\\s+(?:go|come|went)\\s+(?:back\\s+)?home\\s+(?:for|some|at|all)\\s+(?:days|nights|night|weekends?|the\\s+weekend)\\b'),
  r('other', '\\b(?:no|not\\s+got\\s+a|dont\\s+have\\s+a|havent\\s+got\\s+a)\\s+(?:home|house|place\\s+to\\s+live|fixed\\s+address)\\s+(?:any\\s*more|now|to\\s+go\\s+to|since)\\b|\\b(?:living|live|sleeping)\\s+(?:on|in|between)\\s+(?:mates|friends|peoples)\\s+(?:sofas|couches|floors)\\b|\\b(?:evicted|lost\\s+(?:our|my)\\s+(?:house|flat|home))\\b[^~]{0,40}\\b(?:nowhere|car|hostel|sofa|street|friends|b\\s*and\\s*b)\\b'),
];
