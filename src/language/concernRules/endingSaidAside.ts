import { firm, r, saidAsNormal, type Rule } from './shared';

/*
 * Self-harm and suicide said aside, as the dev split's misses showed them: hurting oneself on purpose
 * or wanting it to hurt; something pulled tight round one's own neck; a rest that lasts forever, or
 * being tired of being oneself; things put in order "before i go" or "so nobody has to deal with a
 * mess after"; a plan that makes the future not matter; standing on a balcony or a ledge at night;
 * not caring if a car hits them; not eating to be small, or living on coffee and losing stones;
 * everyone happier if they disappeared for good; goodbyes said with "not to be sad"; a goal of
 * getting through without trying again; thinking about dying, typed short; asking whether others
 * could tell it was on purpose. On concernText output.
 */

/** A body part or a wall, as hurt on purpose. */
const HURT_ON = '(?:my(?:self|\\s+(?:arm|arms|leg|legs|hand|hands|head|wrist|wrists|face|skin|knuckles|fist|fists))|walls?|the\\s+wall|doors?)';

export const HURT_ON_PURPOSE: readonly Rule[] = [
  // "i hurt my arm on purpose sometimes when i am angry at me", "punching walls til my knuckles crack, just cos i want it to hurt".
  firm('self_harm_or_suicide', `\\b(?:hurt|hurts|hurting|hit|hits|hitting|punch|punches|punching|punched|bang|bangs|banging|banged|scratch|scratches|scratching|bite|bites|biting|pinch|pinches|pinching)\\s+${HURT_ON}\\b[^~]{0,50}\\b(?:on\\s+purpose|because\\s+i\\s+(?:want|wanted|need|needed)\\s+(?:it\\s+)?to\\s+hurt|(?:till|until|til)\\s+(?:it|they)\\s+(?:bleeds?|bleed|hurts?|crack))\\b`),
];

export const TIGHT_ROUND_THE_NECK: readonly Rule[] = [
  // "i tie my scarf tight on my neck", "i pull my belt tight round my neck" (not because it is cold).
  firm('self_harm_or_suicide', '\\b(?:tie|ties|tied|tying|pull|pulls|pulled|pulling|wrap|wraps|wrapped|wrapping|put|puts)\\s+(?:a\\s+|my\\s+|the\\s+)?(?:scarf|belt|cord|rope|lead|tie|string|shoelaces?|laces?|cable|wire|bag|plastic\\s+bag)\\s+(?:really\\s+|so\\s+|too\\s+)?(?:tight|tightly)\\s+(?:on|round|around|over)\\s+my\\s+(?:neck|throat|head)\\b(?![^~]{0,30}\\b(?:cold|freezing|warm|winter|style|fashion)\\b)'),
];

export const REST_FOREVER: readonly Rule[] = [
  // "I want a break that lasts forever", "im exhausted of being me".
  firm('self_harm_or_suicide', '\\b(?:break|rest|sleep|nap)\\s+that\\s+(?:lasts|goes\\s+on)\\s+(?:forever|for\\s+ever|for\\s+good)\\b|\\b(?:break|rest|sleep)\\s+that\\s+never\\s+ends\\b|\\b(?:tired|exhausted|sick|worn\\s+out)\\s+of\\s+being\\s+(?:me|myself|alive)\\b'),
];

export const AFFAIRS_IN_ORDER: readonly Rule[] = [
  // "im tidying things up before i go" (not before going on holiday), "so nobody has to deal with a mess after".
  firm('self_harm_or_suicide', '\\b(?:tidying|tidy|sorting|sort|clearing|getting)\\s+(?:things|everything|my\\s+(?:stuff|things|affairs|room|flat))\\s+(?:up\\s+|out\\s+|sorted\\s+|in\\s+order\\s+)?before\\s+i\\s+go\\b(?!\\s+(?:on|to|away|back|out|home|abroad|into|in|off|up|down|for|shopping|camping)\\b)'),
  firm('self_harm_or_suicide', '\\bso\\s+(?:nobody|no\\s+one|noone|they|my\\s+\\w+)\\s+(?:has|have|will\\s+have|wont\\s+have|doesnt\\s+have|dont\\s+have)\\s+to\\s+(?:deal\\s+with|sort|sort\\s+out|clean\\s+up|clear\\s+up|clear)\\s+(?:\\w+\\s+){0,3}?(?:after\\s*$|afterwards|after\\s+(?:im|i\\s+am)\\s+gone|when\\s+(?:im|i\\s+am)\\s+gone)'),
  // "i rewrote my will at 22 lol", "ive updated my will": often laughed off, so "lol" does not cancel it.
  saidAsNormal('self_harm_or_suicide', '\\b(?:rewrote|rewritten|rewriting|updated|updating|redid|redone|finished|sorted)\\s+my\\s+will\\b'),
  // "honestly ive got a plan for the end of the month so it doesnt matter".
  firm('self_harm_or_suicide', '\\b(?:ive\\s+got|i\\s+have|i\\s+got|got)\\s+(?:a|my)\\s+plan\\s+for\\s+(?:the\\s+end\\s+of|next|this|after|when)\\b[^~]{0,30}\\bso\\s+(?:it|this|that|none\\s+of\\s+(?:it|this)|nothing)\\s+(?:doesnt|does\\s+not|wont|will\\s+not|dont|matters?)\\s*(?:really\\s+)?matter'),
];

export const EDGE_AT_NIGHT: readonly Rule[] = [
  // "someone to talk to at 3am when im stood on the balcony".
  r('self_harm_or_suicide', '\\b(?:at\\s+\\d+\\s*am|middle\\s+of\\s+the\\s+night)\\b[^~]{0,30}\\b(?:stood|standing|stand|sat|sitting|sit)\\s+on\\s+(?:the|my|a|our)\\s+(?:balcony|ledge|roof|bridge|edge|window\\s*sill)\\b|\\b(?:stood|standing|stand|sat|sitting|sit)\\s+on\\s+(?:the|my|a|our)\\s+(?:balcony|ledge|roof|bridge|edge|window\\s*sill)\\s+(?:at\\s+\\d+\\s*am|in\\s+the\\s+middle\\s+of\\s+the\\s+night)\\b'),
];

export const NOT_BOTHERED_IF_HIT: readonly Rule[] = [
  // "i cross the main road without looking. like if something hits me it hits me".
  r('self_harm_or_suicide', '\\bif\\s+(?:something|a\\s+car|a\\s+bus|a\\s+lorry|a\\s+train|it|anything)\\s+hits\\s+me\\s+(?:it\\s+hits\\s+me|so\\s+be\\s+it|whatever|i\\s+dont\\s+care|i\\s+(?:am|m)\\s+not\\s+(?:that\\s+)?bothered)\\b|\\b(?:cross|crossing|walk|walking|step|stepping)\\s+(?:into\\s+|across\\s+)?(?:the\\s+)?(?:main\\s+)?road\\s+without\\s+looking\\b[^~]{0,40}\\b(?:not\\s+(?:that\\s+)?bothered|dont\\s+care|whatever\\s+happens|so\\s+be\\s+it)\\b'),
];

export const WANTING_TO_BE_SMALL: readonly Rule[] = [
  // "i dont eat. i want to be small", "living on black coffee and chewing gum for 3 weeks, lost nearly 2 stone".
  r('self_harm_or_suicide', '\\b(?:dont|do\\s+not|stopped|not|barely|hardly)\\s+eat(?:ing)?\\b[^~]{0,30}\\b(?:want|need|have)\\s+to\\s+be\\s+(?:small|smaller|tiny|thin|thinner|nothing|invisible)\\b'),
  r('self_harm_or_suicide', '\\bliving\\s+(?:on|off)\\s+(?:black\\s+)?(?:coffee|water|gum|chewing\\s+gum|diet\\s+coke|nothing|air)\\b[^~]{0,60}\\blost\\s+(?:nearly\\s+|almost\\s+|over\\s+)?(?:\\d+|a|two|three|four)\\s+(?:stone|kg|kilos?|pounds|lbs)\\b'),
];

export const HAPPIER_IF_GONE: readonly Rule[] = [
  // "she said everyone would be happier if she just disappeared for good".
  r('self_harm_or_suicide', '\\b(?:everyone|everybody|people|they|we|my\\s+family|the\\s+world)\\s+(?:would|will|d)\\s+be\\s+(?:happier|better\\s+off|fine|better)\\s+if\\s+(?:i|she|he)\\s+(?:just\\s+)?(?:disappeared|vanished)\\s+(?:for\\s+good|forever|for\\s+ever)\\b'),
];

export const GOODBYES_SAID: readonly Rule[] = [
  // "she told her sister shes said her goodbyes and not to be sad".
  r('self_harm_or_suicide', '\\b(?:said|saying|says|done)\\s+(?:(?:his|her|my|their)\\s+)?goodbyes\\b(?!\\s+(?:to|at)\\s+(?:the\\s+|her\\s+|his\\s+|my\\s+)?(?:class|school|airport|station|door|party|teachers|friends|nursery|team)\\b)[^~]{0,30}\\b(?:not\\s+to\\s+(?:be\\s+sad|cry|worry|miss)|dont\\s+(?:be\\s+sad|cry|miss)|no\\s+need\\s+to\\s+(?:be\\s+sad|cry))\\b'),
];

export const NOT_TRYING_AGAIN: readonly Rule[] = [
  // "my goal for next year is to get through it without trying again".
  r('self_harm_or_suicide', '\\b(?:get|getting|got|make\\s+it)\\s+through\\s+(?:it|the\\s+year|this\\s+year|next\\s+year|christmas|the\\s+month|a\\s+year|the\\s+winter)\\s+without\\s+(?:trying|attempting|doing\\s+it|doing\\s+anything|hurting\\s+myself)\\s+again\\b'),
];

export const THINKING_OF_DYING: readonly Rule[] = [
  // "i think bout dying lots", "can people tell if it was on purpose, like if you fell from high up".
  r('self_harm_or_suicide', '\\bi\\s+(?:think|thinks|thinking|thought)\\s+(?:bout|abt|about)\\s+(?:dying|being\\s+dead|not\\s+being\\s+here)\\s+(?:lots|loads|a\\s+lot|alot|all\\s+the\\s+time|every\\s+day|every\\s+night)\\b'),
  r('self_harm_or_suicide', '\\b(?:can|could|would|do)\\s+(?:people|they|anyone|police|doctors|the\\s+police)\\s+tell\\s+if\\s+(?:it\\s+was|you\\s+did\\s+it|someone\\s+did\\s+it|i\\s+did\\s+it)\\s+on\\s+purpose\\b[^~]{0,40}\\b(?:fell|fall|jumped|jump|high\\s+up|overdose|pills|tablets|road|train)\\b'),
];

/** This file's families, by name, in the order they are read. */
export const ENDING_SAID_ASIDE_FAMILIES = {
  hurtOnPurpose: HURT_ON_PURPOSE,
  tightRoundTheNeck: TIGHT_ROUND_THE_NECK,
  restForever: REST_FOREVER,
  affairsInOrder: AFFAIRS_IN_ORDER,
  edgeAtNight: EDGE_AT_NIGHT,
  notBotheredIfHit: NOT_BOTHERED_IF_HIT,
  wantingToBeSmall: WANTING_TO_BE_SMALL,
  happierIfGone: HAPPIER_IF_GONE,
  goodbyesSaid: GOODBYES_SAID,
  notTryingAgain: NOT_TRYING_AGAIN,
  thinkingOfDying: THINKING_OF_DYING,
};
